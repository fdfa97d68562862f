using StaticPlans.Search;

namespace StaticPlans.Tests.Search;

/// <summary>A few plans written as search units, and the shipped script over the index built from them.</summary>
internal static class SearchTestSite
{
    public static readonly SearchFacetNames Names = new(
        [new("plan", "工作计划"), new("summary", "工作总结")],
        [new("preschool", "学前教育"), new("vocational", "职业教育"), new("finance", "经费保障")]);

    public static SearchUnit Unit(string plan, int year, string? anchor, string heading, string text, string kind = "plan", params string[] topics) =>
        new($"plans/{year}/{plan}/", anchor, $"{year}年{plan}工作计划", year, kind, kind == "plan" ? "工作计划" : "工作总结", "云溪县教育局", heading, anchor is null ? 1 : 2, text, topics);

    public static IReadOnlyList<SearchUnit> Units() =>
    [
        Unit("a", 2024, null, "2024年云溪县教育局工作计划", "今年重点推进学前教育普及普惠。", "plan", "preschool"),
        Unit("a", 2024, "s1", "一、学前教育", "新建幼儿园3所，学前教育毛入园率达到98.75%。", "plan", "preschool"),
        Unit("a", 2024, "s2", "二、经费保障", "全年投入教育经费3750万元，保障学校运转。", "plan", "finance"),
        Unit("b", 2023, null, "2023年工作总结", "回顾一年来的职业教育工作。", "summary", "vocational"),
        Unit("b", 2023, "s1", "一、职业教育", "深化产教融合，职业教育招生规模稳定。", "summary", "vocational"),
        Unit("b", 2023, "s2", "二、队伍建设", "目前教师队伍结构合理，学前阶段师资仍需补充。", "summary"),
        Unit("c", 2022, null, "2022年工作计划", "繼續推進學前教育發展，擴大普惠性資源。", "plan", "preschool"),
        Unit("d", 2024, null, "2024年工作要点", "学前阶段目前教学质量稳定。", "plan"),
    ];

    /// <summary>The index files of the units (default: <see cref="Units"/>) and the shipped script searching them.</summary>
    public static (IReadOnlyList<SearchFile> Files, ShippedSearch Reader) Build(IReadOnlyList<SearchUnit>? units = null)
    {
        var files = SearchIndexWriter.Build(units ?? Units(), Names);
        return (files, new ShippedSearch(files));
    }
}
