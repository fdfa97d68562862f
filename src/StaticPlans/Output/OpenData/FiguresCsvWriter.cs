using StaticPlans.Insights.Figures;

namespace StaticPlans.Output.OpenData;

/// <summary>
/// Writes a figures file, /data/figures-2024.csv for one year or /data/figures.csv for all: UTF-8 with a byte-order
/// mark (so spreadsheet programs read Chinese correctly), RFC 4180 quoting and CRLF line ends, one row per figure.
/// A row stands on its own in a spreadsheet: the plan's URL and the section's anchor (plan_url#section_id links the
/// sentence the figure was read from), what the figure is, its value as written and in its base unit, the year, and
/// class (a money amount's <see cref="MoneyClass"/>, empty for other figures) last. The sentence and the plan's title
/// are not repeated on every row: the plan page publishes the one, the plans file the other.
/// Rows are ordered as <see cref="OpenDataCsv.WritePlanRows"/> orders them. A text cell that a spreadsheet would read as a
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

    public static byte[] ToUtf8Bytes(IEnumerable<OpenDataPlan> plans) => OpenDataCsv.ToUtf8Bytes(stream => Write(stream, plans));

    /// <returns>How many figures (rows below the header) were written.</returns>
    public static int Write(Stream output, IEnumerable<OpenDataPlan> plans) =>
        OpenDataCsv.WritePlanRows(output, Columns, plans, plan => plan.Figures, FigureCells);

    /// <summary>The writer of a plan's figure rows: the year's cell is made once per plan.</summary>
    private static Action<StreamWriter, OpenDataFigure> FigureCells(OpenDataPlan plan)
    {
        var year = plan.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (writer, row) =>
        {
            var figure = row.Figure;
            OpenDataCsv.Next(writer, OpenDataCsv.Cell(row.SectionId ?? ""));
            OpenDataCsv.Next(writer, PlansJsonWriter.CategoryName(figure.Category));
            OpenDataCsv.Next(writer, Number(figure.Value));
            OpenDataCsv.Next(writer, figure.ValueMax is { } max ? Number(max) : "");
            OpenDataCsv.Next(writer, OpenDataCsv.Cell(figure.Unit));
            OpenDataCsv.Next(writer, OpenDataCsv.Cell(figure.Label));
            OpenDataCsv.Next(writer, Number(figure.NormalizedValue));
            OpenDataCsv.Next(writer, OpenDataCsv.Cell(figure.BaseUnit));
            OpenDataCsv.Next(writer, year);
            OpenDataCsv.Next(writer, PlansJsonWriter.ClassName(figure.Class) ?? "");
        };
    }

    private static string Number(decimal value) =>
        FigureUnits.Normalize(value).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
