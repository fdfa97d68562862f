using StaticPlans.Diagnostics;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Rendering;

public class KindPagesTests
{
    private static TestSite Site() => new TestSite()
        .Plan(2023, "2023-summary", "title: 测试县教育局2023年工作总结\nyear: 2023\nkind: summary\ndate: 2024-01-10", "## 一、学前教育\n新建幼儿园。\n")
        .Plan(2024, "2024-summary", "title: 测试县教育局2024年工作总结\nyear: 2024\nkind: summary\ndate: 2024-12-30", "## 一、校园安全\n防溺水。\n")
        .Plan(2024, "2024-plan", "title: 测试县教育局2024年工作计划\nyear: 2024\nkind: plan\ndate: 2024-02-01", "## 一、职业教育\n中职。\n见[全部总结](/kinds/summary/)。\n");

    [Fact]
    public void Each_kind_with_plans_has_a_page_listing_all_its_plans_newest_first()
    {
        using var site = Site();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var summaries = site.Page("kinds/summary/");
        Assert.Equal("全部工作总结", summaries.QuerySelector("h1")?.TextContent);
        Assert.Equal(["测试县教育局2024年工作总结", "测试县教育局2023年工作总结"],
            summaries.QuerySelectorAll(".plan-list .plan-title").Select(a => a.TextContent));
        Assert.Equal(["测试县教育局2024年工作计划"], site.Page("kinds/plan/").QuerySelectorAll(".plan-list .plan-title").Select(a => a.TextContent));
        // No page for a kind without plans (site.yml also has key-points and summary-plan).
        Assert.False(File.Exists(Path.Combine(site.Output, "kinds/key-points/index.html")));
        Assert.Contains("<loc>https://edu.example.gov.cn/plans/kinds/summary/</loc>", site.ReadOutput("sitemap.xml"));
    }

    [Fact]
    public void Kind_labels_on_year_pages_and_plan_pages_link_to_the_kind_pages()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);
        var year = site.Page("years/2024/");
        var summary = year.QuerySelectorAll(".kind-summary a.kind").Single(a => a.TextContent.StartsWith("工作总结"));
        Assert.Equal("/plans/kinds/summary/", summary.GetAttribute("href"));
        Assert.Equal("工作总结 1篇", summary.TextContent);
        var listed = year.QuerySelectorAll(".plan-list li").Single(li => li.TextContent.Contains("2024年工作计划"));
        Assert.Equal("/plans/kinds/plan/", listed.QuerySelector("a.kind")?.GetAttribute("href"));
        Assert.NotNull(site.Page("plans/2024/2024-summary/").QuerySelector(".disclosure a[href='/plans/kinds/summary/']"));
    }

    [Fact]
    public void Links_in_content_to_kind_pages_are_checked_like_other_listings()
    {
        using var site = Site().Plan(2022, "x", "title: 甲\nyear: 2022\nkind: plan\ndate: 2022-03-01", "## 一、校园安全\n见[要点](/kinds/key-points/)。\n");
        var result = site.Build();
        var d = DiagnosticAssert.Single(result.Diagnostics, DiagnosticCodes.BrokenLink, "content/plans/2022/x.md", 8, 2, Severity.Error);
        Assert.Contains("/kinds/key-points/", d.Message);
        Assert.DoesNotContain(result.Diagnostics, x => x.File == "content/plans/2024/2024-plan.md" && x.Code == DiagnosticCodes.BrokenLink);
    }
}
