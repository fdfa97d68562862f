using System.Text;

namespace StaticPlans.Output.OpenData;

/// <summary>
/// Writes a sections file, /data/sections-2024.csv for one year (in sections-2024.zip) or /data/sections.csv for all:
/// every plan's table of contents, one row per heading, in the figures file's CSV dialect (UTF-8 with a byte-order
/// mark, RFC 4180 quoting, CRLF, a formula-like text cell behind an apostrophe). plan_url and section_id are the
/// figures file's columns of the same name, so a figure's section is a lookup away; topics are the section's topic
/// slugs, subsections included, separated by spaces (slugs have none), empty when it has none.
/// Plans are ordered by URL (ordinal), sections keep document order: the same site gives the same bytes.
/// </summary>
public static class SectionsCsvWriter
{
    public static readonly string[] Columns = ["plan_url", "section_id", "level", "heading", "topics"];

    public static byte[] ToUtf8Bytes(IEnumerable<OpenDataPlan> plans)
    {
        using var stream = new MemoryStream();
        Write(stream, plans);
        return stream.ToArray();
    }

    /// <returns>How many sections (rows below the header) were written.</returns>
    public static int Write(Stream output, IEnumerable<OpenDataPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            bufferSize: 64 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        writer.WriteLine(string.Join(',', Columns));
        var rows = 0;
        foreach (var plan in plans.OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            var url = FiguresCsvWriter.Quote(FiguresCsvWriter.Cell(plan.Url));
            foreach (var section in plan.Sections)
            {
                writer.Write(url);
                writer.Write(',');
                writer.Write(FiguresCsvWriter.Quote(FiguresCsvWriter.Cell(section.Id)));
                writer.Write(',');
                writer.Write(section.Level.ToString(System.Globalization.CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(FiguresCsvWriter.Quote(FiguresCsvWriter.Cell(section.Heading)));
                writer.Write(',');
                writer.Write(string.Join(' ', section.Topics));
                writer.WriteLine();
                rows++;
            }
        }
        return rows;
    }
}
