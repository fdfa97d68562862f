using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Insights;

/// <summary>What the money tables and charts add up on a site of several documents per year.</summary>
public class MoneyTotalsTests
{
    private static TestSite Site() => new TestSite()
        .Plan(2023, "summary-plan", "title: 测试县教育局2023年工作总结和2024年工作计划\nyear: 2023\nkind: summary-plan\ndate: 2023-12-20",
            "## 一、2023年工作总结\n\n全年发放学前教育资助资金300万元。\n\n## 二、2024年工作计划\n\n全年计划投入学前教育资金500万元。\n")
        .Plan(2024, "plan", "title: 测试县教育局2024年工作计划\nyear: 2024\nkind: plan\ndate: 2024-02-20",
            "## 一、学前教育\n\n全年计划投入学前教育资金500万元。新建幼儿园投入资金260万元。\n")
        .Plan(2024, "key-points", "title: 测试县教育局2024年工作要点\nyear: 2024\nkind: key-points\ndate: 2024-03-01",
            "## 一、学前教育\n\n安排学前教育资助资金120万元。\n");

    private static List<(string Year, string Basis, string Amount)> Rows(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".money-table tbody tr:not(.money-sources-row)")
            .Select(r => (r.QuerySelector("th")!.TextContent, r.QuerySelector("td.basis")!.TextContent, r.QuerySelector("td.num")!.TextContent))
            .ToList();

    [Fact]
    public void A_summary_and_plan_document_reports_under_its_summary_chapter_and_plans_for_the_year_its_plan_chapter_names()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);

        var rows = Rows(site.Page("topics/preschool/"));

        Assert.Contains(("2023年", "总结", "300"), rows);
        Assert.DoesNotContain(rows, r => r.Year == "2023年" && r.Basis == "计划");
        Assert.Contains(rows, r => r.Year == "2024年" && r.Basis == "计划");
        Assert.NotNull(site.Page("topics/preschool/").QuerySelector(".money svg"));
    }

    [Fact]
    public void The_same_amount_named_twice_in_one_years_documents_is_counted_once()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);
        var page = site.Page("topics/preschool/");

        // 500 (the 2023 document's plan for 2024) + 500 again (the 2024 plan restating it) + 260 + 120.
        Assert.Contains(("2024年", "计划", "880"), Rows(page));
        var restated = Assert.Single(page.QuerySelectorAll(".money-sources li.not-counted"));
        Assert.StartsWith("500万元", restated.TextContent);
        Assert.Contains("未重复计入", restated.TextContent);
        // Every amount is listed: one under 2023, four under 2024.
        Assert.Equal(5, page.QuerySelectorAll(".money-sources li").Length);
    }
}
