namespace StaticPlans.Insights.Figures;

/// <summary>What kind of quantity a figure is.</summary>
public enum FigureCategory
{
    Money,
    Count,
    Percent,
    Area,
}

/// <summary>
/// What a money amount is, so that only amounts that stand on their own are added up (issue 13): a per-pupil
/// rate, a part of a total named beside it, or a three-year budget is not one year's money.
/// </summary>
public enum MoneyClass : byte
{
    /// <summary>Not a money figure.</summary>
    None,
    /// <summary>Stand-alone money planned, spent or raised: the only class that enters a sum.</summary>
    Total,
    /// <summary>A component of another amount: after 其中/包括, or one of items that add up to a stated total.</summary>
    Part,
    /// <summary>A rate or standard: 生均, 每生每年, 每人每月, 元/生·年, …标准.</summary>
    Rate,
    /// <summary>An amount over several years, said so in the sentence (3年计划投入, 2022—2024年, "十四五"期间, 累计).</summary>
    MultiYear,
    /// <summary>Prizes, thresholds and limits (奖励, 500万元以上的项目, 不超过, 不低于).</summary>
    Other,
}

/// <summary>
/// One quantified fact found in a section: <c>计划投入3750万元</c> is Value 3750, Unit "万元", Category Money,
/// Label "计划投入". Value and Unit stay as written so the page shows what the plan said; <see cref="Scale"/>,
/// <see cref="BaseUnit"/> and <see cref="NormalizedValue"/> restate it in the unit's base (元, 人, 平方米 …)
/// so that figures written as 元, 万元 and 亿元 can be added up for charts.
/// </summary>
public sealed record Figure(
    decimal Value,
    decimal? ValueMax,
    string Unit,
    FigureCategory Category,
    string Label,
    string Sentence,
    int MatchStart,
    int MatchLength,
    MoneyClass Class = MoneyClass.None)
{
    /// <summary>
    /// The words the figure was read from (<c>3750万元</c>), a part of <see cref="Sentence"/>. Kept as a position
    /// rather than a string: a site of 10,000 plans has some 900,000 figures, all held until the pages are written.
    /// </summary>
    public string Matched => Sentence.Substring(MatchStart, MatchLength);

    /// <summary>The power of ten the unit's magnitude prefix stands for: 10000 for 万元, 1 for 元.</summary>
    public decimal Scale => FigureUnits.ScaleOf(Unit);

    /// <summary>The unit without its magnitude prefix: 元 for 万元, 人 for 万人, % for %.</summary>
    public string BaseUnit => FigureUnits.BaseOf(Unit);

    /// <summary>The value in the base unit (3750万元 → 37500000).</summary>
    public decimal NormalizedValue => FigureUnits.Normalize(Value * Scale);

    /// <summary>The upper end of a range in the base unit, when the figure is a range.</summary>
    public decimal? NormalizedValueMax => ValueMax is { } max ? FigureUnits.Normalize(max * Scale) : null;

    /// <summary>The amount in yuan for money figures (for sums across plans); null for other categories.</summary>
    public decimal? NormalizedYuan => Category == FigureCategory.Money ? NormalizedValue : null;
}
