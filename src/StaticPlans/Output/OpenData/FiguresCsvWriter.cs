using System.Text;
using StaticPlans.Insights.Figures;

namespace StaticPlans.Output.OpenData;

/// <summary>
/// Writes a figures file, /data/figures-2024.csv for one year or /data/figures.csv for all: UTF-8 with a byte-order
/// mark (so spreadsheet programs read Chinese correctly), RFC 4180 quoting and CRLF line ends, one row per figure.
/// A row stands on its own in a spreadsheet: the plan's URL and the section's anchor (plan_url#section_id links the
/// sentence the figure was read from), what the figure is, its value as written and in its base unit, the year, and
/// class (a money amount's <see cref="MoneyClass"/>, empty for other figures) last. The sentence and the plan's title
/// are not repeated on every row: the plan page publishes the one, the plans file the other.
/// Plans are ordered by URL (ordinal), figures keep document order. A text cell that a spreadsheet would read as a
/// formula (it starts with =, +, -, @, a tab or a carriage return: OWASP's CSV-injection rule) gets a leading
/// apostrophe. The numeric columns are left alone: they are written here from numbers, so "-5" there is a number.
/// </summary>
public static class FiguresCsvWriter
{
    public static readonly string[] Columns =
    [
        "plan_url", "section_id", "category", "value", "value_max", "unit", "label",
        "normalized_value", "base_unit", "year", "class",
    ];

    public static byte[] ToUtf8Bytes(IEnumerable<OpenDataPlan> plans)
    {
        using var stream = new MemoryStream();
        Write(stream, plans);
        return stream.ToArray();
    }

    /// <returns>How many figures (rows below the header) were written.</returns>
    public static int Write(Stream output, IEnumerable<OpenDataPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            bufferSize: 64 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        WriteRow(writer, Columns);
        var rows = 0;
        foreach (var plan in plans.OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            var url = Quote(Cell(plan.Url));
            var year = plan.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var (sectionId, figure) in plan.Figures)
            {
                // Cells written one by one, not gathered into a row first: a 10,000-plan site has ~900,000 rows.
                writer.Write(url);
                Next(writer, Cell(sectionId ?? ""));
                Next(writer, PlansJsonWriter.CategoryName(figure.Category));
                Next(writer, Number(figure.Value));
                Next(writer, figure.ValueMax is { } max ? Number(max) : "");
                Next(writer, Cell(figure.Unit));
                Next(writer, Cell(figure.Label));
                Next(writer, Number(figure.NormalizedValue));
                Next(writer, Cell(figure.BaseUnit));
                Next(writer, year);
                Next(writer, PlansJsonWriter.ClassName(figure.Class) ?? "");
                writer.WriteLine();
                rows++;
            }
        }
        return rows;
    }

    private static void Next(StreamWriter writer, string cell)
    {
        writer.Write(',');
        writer.Write(Quote(cell));
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
