namespace StaticPlans.Rendering;

// What templates see of the insights (figures, money, cross-year links); Scriban names are snake_case.

/// <param name="Url">The section anchor the sentence is in (the plan's top for text before the first heading).</param>
public sealed record FigureRow(string Value, string Unit, string Label, string Sentence, string Url, string Section);

/// <param name="Amount">Formatted in 万元 (3,750).</param>
public sealed record MoneyRow(string Label, string Amount, string? Url);

/// <summary>A chart with the data table the page shows beside it.</summary>
public sealed record MoneyChart(string Title, RawHtml Svg, string Unit, IReadOnlyList<MoneyRow> Rows);
