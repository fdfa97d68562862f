namespace StaticPlans.Insights.Figures;

/// <summary>
/// The units the extractor recognises and the magnitude prefixes (万, 亿 …) that can precede them.
/// Kept in one place so that the scanner and the normalisation agree.
/// </summary>
public static class FigureUnits
{
    /// <summary>Magnitude prefixes that may stand between a number and its unit, longest first.</summary>
    internal static readonly (string Text, decimal Scale)[] Magnitudes =
    [
        ("千万", 10_000_000m), ("百万", 1_000_000m), ("十万", 100_000m),
        ("千亿", 100_000_000_000m), ("百亿", 10_000_000_000m), ("十亿", 1_000_000_000m), ("万亿", 1_000_000_000_000m),
        // Traditional characters (萬元, 億元) as in 繁体 plans, before 千 so that 千萬 is read whole.
        ("千萬", 10_000_000m), ("億", 100_000_000m), ("萬", 10_000m),
        ("亿", 100_000_000m), ("万", 10_000m), ("千", 1_000m), ("百", 100m),
    ];

    /// <summary>Units by category, longest first so that 人次 wins over 人 and 平方公里 over 公里.</summary>
    internal static readonly (string Text, FigureCategory Category)[] Units =
    [
        ("个百分点", FigureCategory.Percent),
        ("平方公里", FigureCategory.Area), ("平方米", FigureCategory.Area), ("平米", FigureCategory.Area),
        ("公顷", FigureCategory.Area), ("亩", FigureCategory.Area), ("㎡", FigureCategory.Area),
        ("人次", FigureCategory.Count), ("场次", FigureCategory.Count), ("批次", FigureCategory.Count),
        ("课时", FigureCategory.Count), ("学时", FigureCategory.Count),
        ("元", FigureCategory.Money),
        ("%", FigureCategory.Percent), ("％", FigureCategory.Percent), ("‰", FigureCategory.Percent),
        ("所", FigureCategory.Count), ("个", FigureCategory.Count), ("项", FigureCategory.Count),
        ("人", FigureCategory.Count), ("名", FigureCategory.Count), ("间", FigureCategory.Count),
        ("台", FigureCategory.Count), ("套", FigureCategory.Count), ("册", FigureCategory.Count),
        ("节", FigureCategory.Count), ("次", FigureCategory.Count), ("场", FigureCategory.Count),
        ("批", FigureCategory.Count), ("家", FigureCategory.Count), ("支", FigureCategory.Count),
        ("期", FigureCategory.Count), ("篇", FigureCategory.Count), ("门", FigureCategory.Count),
        ("类", FigureCategory.Count), ("座", FigureCategory.Count), ("栋", FigureCategory.Count),
        ("处", FigureCategory.Count), ("件", FigureCategory.Count), ("位", FigureCategory.Count),
        ("户", FigureCategory.Count), ("班", FigureCategory.Count), ("辆", FigureCategory.Count),
        ("条", FigureCategory.Count), ("种", FigureCategory.Count), ("张", FigureCategory.Count),
    ];

    /// <summary>
    /// Characters that, right after a unit, turn it into part of another word (一个人民…, 3所属…, 座谈).
    /// Key: unit; value: the words that start with it and are not a measure.
    /// </summary>
    internal static readonly Dictionary<string, string[]> NotMeasureWords = new(StringComparer.Ordinal)
    {
        ["所"] = ["所属", "所在", "所需", "所谓", "所得", "所以", "所有"],
        ["个"] = ["个性", "个别", "个体", "个人", "个月", "个工作日", "个小时", "个学期", "个星期"],
        ["项"] = ["项目"],
        ["人"] = ["人民", "人才", "人员", "人口", "人均", "人文", "人事", "人力", "人大", "人社", "人格", "人身", "人数"],
        ["名"] = ["名单", "名称", "名额", "名义", "名誉"],
        ["台"] = ["台账", "台阶", "台湾"],
        ["节"] = ["节约", "节能", "节日", "节点", "节假"],
        ["次"] = ["次年", "次日"],
        ["场"] = ["场所", "场地", "场馆", "场景", "场室"],
        ["批"] = ["批准", "批复", "批示"],
        ["家"] = ["家长", "家庭", "家校", "家园", "家访", "家教", "家风", "家务"],
        ["支"] = ["支持", "支出", "支付", "支教", "支部", "支撑", "支援"],
        ["期"] = ["期间", "期末", "期中", "期限", "期望", "期待"],
        ["门"] = ["门户", "门口", "门类", "门卫", "门槛"],
        ["类"] = ["类型", "类别"],
        ["座"] = ["座谈"],
        ["处"] = ["处理", "处室", "处置", "处分", "处级", "处长"],
        ["位"] = ["位置", "位于"],
        ["户"] = ["户籍", "户口"],
        ["班"] = ["班级", "班子", "班主任", "班额"],
        ["元"] = ["元旦", "元素", "元年"],
        ["间"] = ["间隔", "间断"],
        ["条"] = ["条件", "条例", "条款", "条线"],
        ["种"] = ["种植", "种类"],
        ["张"] = ["张贴"],
    };

    // Every magnitude with every unit, made once: a figure's unit is one of these (万元, 亿元, 千人 …), so the
    // 900,000 figures of a 10,000-plan site share a few dozen strings instead of each holding its own.
    private static readonly Dictionary<(string Magnitude, string Unit), string> Combined =
        Magnitudes.SelectMany(m => Units.Select(u => (m.Text, u.Text))).Distinct().ToDictionary(p => p, p => p.Item1 + p.Item2);

    /// <summary><paramref name="magnitude"/> followed by <paramref name="unit"/> (万 and 元: 万元), as one shared string when both are known.</summary>
    internal static string Combine(string magnitude, string? unit)
    {
        if (magnitude.Length == 0 || unit is null) return magnitude + unit;
        return Combined.TryGetValue((magnitude, unit), out var combined) ? combined : magnitude + unit;
    }

    /// <summary>The power of ten that the unit's magnitude prefix stands for (1 when there is none).</summary>
    public static decimal ScaleOf(string unit)
    {
        foreach (var (text, scale) in Magnitudes)
        {
            if (unit.Length > text.Length && unit.StartsWith(text, StringComparison.Ordinal))
            {
                return scale;
            }
        }
        return 1m;
    }

    /// <summary>The unit without its magnitude prefix.</summary>
    public static string BaseOf(string unit)
    {
        foreach (var (text, _) in Magnitudes)
        {
            if (unit.Length > text.Length && unit.StartsWith(text, StringComparison.Ordinal))
            {
                return unit[text.Length..];
            }
        }
        return unit switch
        {
            "％" => "%",
            "㎡" or "平米" => "平方米",
            _ => unit,
        };
    }

    /// <summary>Drops trailing zeros that decimal arithmetic keeps (12000.0 → 12000) so output is stable.</summary>
    /// <remarks>
    /// Most values are whole numbers already at scale 0, which the division would hand back unchanged; it is decimal's
    /// slowest operation and ran for every figure read and every normalised value asked for.
    /// </remarks>
    public static decimal Normalize(decimal value) => value.Scale == 0 ? value : value / 1.0000000000000000000000000000m;
}
