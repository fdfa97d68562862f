namespace StaticPlans.Output.OpenData;

/// <summary>
/// Writes a sections file, /data/sections-2024.csv for one year (in sections-2024.zip) or /data/sections.csv for all:
/// every plan's table of contents, one row per heading, in the open data's CSV dialect (<see cref="OpenDataCsv"/>).
/// plan_url and section_id are the figures file's columns of the same name, so a figure's section is a lookup away;
/// topics are the section's topic slugs, subsections included, separated by spaces (slugs have none), empty when it
/// has none.
/// Rows are ordered as <see cref="OpenDataCsv.WritePlanRows"/> orders them.
/// </summary>
public static class SectionsCsvWriter
{
    public static readonly string[] Columns = ["plan_url", "section_id", "level", "heading", "topics"];

    public static byte[] ToUtf8Bytes(IEnumerable<OpenDataPlan> plans) => OpenDataCsv.ToUtf8Bytes(stream => Write(stream, plans));

    /// <returns>How many sections (rows below the header) were written.</returns>
    public static int Write(Stream output, IEnumerable<OpenDataPlan> plans) =>
        OpenDataCsv.WritePlanRows(output, Columns, plans, plan => plan.Sections, _ => WriteSection);

    private static void WriteSection(StreamWriter writer, OpenDataSection section)
    {
        OpenDataCsv.Next(writer, OpenDataCsv.Cell(section.Id));
        OpenDataCsv.Next(writer, section.Level.ToString(System.Globalization.CultureInfo.InvariantCulture));
        OpenDataCsv.Next(writer, OpenDataCsv.Cell(section.Heading));
        OpenDataCsv.Next(writer, string.Join(' ', section.Topics));
    }
}
