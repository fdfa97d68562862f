namespace StaticPlans.Rendering;

// What templates see of the insights (figures, money, cross-year links); Scriban names are snake_case.

/// <param name="Url">The section anchor the sentence is in (the plan's top for text before the first heading).</param>
/// <param name="Class">What a money amount is (总额, 分项, 标准, 多年合计, 其他); empty for other figures.</param>
public sealed record FigureRow(string Value, string Unit, string Label, string Sentence, string Url, string Section, string Class);

/// <summary>One amount a row of a money table is made of, linking to its sentence's section.</summary>
/// <param name="Amount">As written, formatted (3,750万元).</param>
public sealed record MoneySourceRow(string Amount, string Url, string Sentence, string Plan);

/// <summary>
/// The amounts a row mentions but does not add, told in one line (how many and why) with a link to the year's figures
/// CSV that lists each of them with its plan and section: listed one by one they made a topic page megabytes long.
/// </summary>
/// <param name="Text">另有 12 笔金额未计入：…</param>
/// <param name="Data">The figures CSV of each year whose plans state them (a 2023 document may plan 2024's money).</param>
public sealed record MoneyNotCounted(int Count, string Text, IReadOnlyList<MoneyDataLink> Data);

/// <param name="Label">The link's text, naming the file it leads to (2024年数据表（CSV）).</param>
public sealed record MoneyDataLink(string Url, string Label);

/// <param name="Basis">计划 or 总结: planned and reported money are separate rows, never added together.</param>
/// <param name="Amount">Formatted in 万元 (3,750); <paramref name="Wan"/> is the same number, for the chart.</param>
/// <param name="Sources">The amounts the row adds up, each shown: a published sum names its sources.</param>
/// <param name="NotCounted">The amounts the row leaves out, counted; null when it leaves none out.</param>
public sealed record MoneyRow(string Label, string Basis, string Amount, string? Url, IReadOnlyList<MoneySourceRow> Sources, decimal Wan,
    MoneyNotCounted? NotCounted = null);

/// <summary>
/// The money block of a topic or year page: a table of the summed totals (each row with the amounts it adds up),
/// a chart of them when there is something to compare (<see cref="Svg"/> null otherwise), and the multi-year amounts.
/// </summary>
public sealed record MoneyChart(string Title, RawHtml? Svg, string Unit, IReadOnlyList<MoneyRow> Rows, IReadOnlyList<MoneySourceRow> MultiYear);
