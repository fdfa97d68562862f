using System.Text;
using StaticPlans.Insights.Figures;

namespace StaticPlans.Output.OpenData;

/// <summary>
/// Writes /data/figures.csv: UTF-8 with a byte-order mark (so spreadsheet programs read Chinese correctly),
/// RFC 4180 quoting and CRLF line ends, one row per figure. The first eight columns are the ones the issue asks
/// for; normalized_value, base_unit, year and plan_title follow so a row stands on its own, and class (a money
/// amount's <see cref="MoneyClass"/>, empty for other figures) last, so that older readers of the columns still work.
/// Plans are ordered by URL (ordinal), figures keep document order. A text cell that a spreadsheet would read as a
/// formula (it starts with =, +, -, @, a tab or a carriage return: OWASP's CSV-injection rule) gets a leading
/// apostrophe. The numeric columns are left alone: they are written here from numbers, so "-5" there is a number.
/// </summary>
public static class FiguresCsvWriter
{
    public static readonly string[] Columns =
    [
        "plan_url", "section_id", "category", "value", "value_max", "unit", "label", "sentence",
        "normalized_value", "base_unit", "year", "plan_title", "class",
    ];

    public static byte[] ToUtf8Bytes(IEnumerable<OpenDataPlan> plans)
    {
        using var stream = new MemoryStream();
        Write(stream, plans);
        return stream.ToArray();
    }

    public static void Write(Stream output, IEnumerable<OpenDataPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            bufferSize: 64 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        WriteRow(writer, Columns);
        foreach (var plan in plans.OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            foreach (var (sectionId, figure) in plan.Figures)
            {
                WriteRow(writer,
                [
                    Cell(plan.Url), Cell(sectionId ?? ""), Cell(PlansJsonWriter.CategoryName(figure.Category)), Number(figure.Value),
                    figure.ValueMax is { } max ? Number(max) : "", Cell(figure.Unit), Cell(figure.Label), Cell(figure.Sentence),
                    Number(figure.NormalizedValue), Cell(figure.BaseUnit),
                    plan.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Cell(plan.Title),
                    PlansJsonWriter.ClassName(figure.Class) ?? "",
                ]);
            }
        }
    }

    /// <summary>A text cell a spreadsheet shows as text, never evaluates.</summary>
    internal static string Cell(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Number(decimal value) =>
        FigureUnits.Normalize(value).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void WriteRow(StreamWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }
            writer.Write(Quote(fields[i]));
        }
        writer.WriteLine();
    }

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled.</summary>
    internal static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
