using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Insights.Figures;

/// <summary>What the money tables and charts add up on a site of several documents per year.</summary>
public class MoneyTotalsTests
{
    /// <summary>Three documents telling 2023's and 2024's preschool money; the money section's tests add to it.</summary>
    internal static TestSite Site(string siteYml = TestSite.DefaultSiteYml) => new TestSite(siteYml)
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
    public void A_years_money_told_by_several_documents_is_counted_from_the_one_that_states_the_most()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);
        var page = site.Page("topics/preschool/");

        // The 2024 plan states 500 + 260; the 2023 document's 500 for 2024 and the key points' 120 tell the same
        // year's money again: listed, not added (500 + 500 + 260 + 120 would count it twice).
        Assert.Contains(("2024年", "计划", "760"), Rows(page));
        // The amounts added are listed: one under 2023, two under 2024; the two left out are counted in one line.
        var listed = page.QuerySelectorAll(".money-sources li > a").Select(a => a.TextContent).ToList();
        Assert.Equal(["300万元", "500万元", "260万元"], listed);
        var uncounted = Assert.Single(page.QuerySelectorAll(".money-not-counted"));
        Assert.StartsWith("另有2笔金额未计入：", uncounted.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_projects_listed_in_later_sections_are_parts_of_the_total_stated_before_them()
    {
        using var site = new TestSite().Plan(2024, "facilities", "title: 测试县2024年校舍改造计划\nyear: 2024\nkind: plan\ndate: 2024-03-01\ntopics: [preschool]",
            "## 一、总体目标\n\n全年安排幼儿园改造项目4个，项目总投资2000万元。\n\n## 二、资金安排\n\n项目总投资2000万元，其中县级财政资金800万元、上级资金1200万元。\n\n" +
            "## 三、项目清单\n\n### （一）新建项目\n\n| 序号 | 项目名称 | 总投资（万元） |\n| --- | --- | --- |\n| 1 | 城东幼儿园 | 900 |\n| 2 | 城西幼儿园 | 600 |\n\n" +
            "### （二）维修项目\n\n改造幼儿园园舍和户外场地，项目合计投资300万元。\n\n### （三）设备购置\n\n为幼儿园购置玩教具和保教设备，合计投资200万元。\n");
        Assert.True(site.Build().Succeeded);
        var page = site.Page("topics/preschool/");

        // 900 and 600 are money by their column's header; with 300 and 200 they add up to 2000: the total once.
        Assert.Equal([("2024年", "计划", "2,000")], Rows(page));
        var listed = page.QuerySelectorAll(".money-sources li").Select(li => li.TextContent).ToList();
        Assert.DoesNotContain(listed, t => t.StartsWith("900万元", StringComparison.Ordinal) || t.StartsWith("300万元", StringComparison.Ordinal));
    }

    [Fact]
    public void Last_years_money_cited_in_a_plan_and_a_whole_whose_topic_only_its_part_names_are_not_charted_under_the_topic()
    {
        using var site = new TestSite().Plan(2025, "plan", "title: 测试县教育局2025年工作计划\nyear: 2025\nkind: plan\ndate: 2025-02-20",
            "## 一、学前教育\n\n2024年，全县发放学前教育资助资金300万元。2025年计划发放学前教育资助资金350万元。\n\n" +
            "全年争取各级财政资金5000万元，其中用于幼儿园建设800万元。\n");
        Assert.True(site.Build().Succeeded);

        // 300 is 2024's money told as a baseline; 5000 is all the funds, of which only 800 are for preschool.
        Assert.Equal([("2025年", "计划", "350")], Rows(site.Page("topics/preschool/")));
        var year = site.Page("years/2025/").QuerySelectorAll(".money-table tbody tr:not(.money-sources-row)")
            .Select(r => (r.QuerySelector("th")!.TextContent, r.QuerySelector("td.num")!.TextContent)).ToList();
        Assert.Contains(("未分主题", "5,000"), year);
        Assert.DoesNotContain(year, r => r.Item2 is "650" or "5,350");
    }
}
