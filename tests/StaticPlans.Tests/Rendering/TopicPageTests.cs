using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Rendering;

public class TopicPageTests
{
    [Fact]
    public void A_topic_page_lists_newest_year_first_each_plan_with_deep_links_to_its_sections()
    {
        using var site = new TestSite()
            .Plan(2023, "old", "title: 二〇二三年计划\nyear: 2023\nkind: plan\ndate: 2023-03-01",
                "## 一、学前教育\n新建幼儿园2所。\n## 二、校园安全\n开展防溺水教育。\n")
            .Plan(2024, "new", "title: 二〇二四年计划\nyear: 2024\nkind: plan\ndate: 2024-03-01",
                "## 一、总体要求\n稳中求进。\n## 二、重点任务\n### （一）校园安全\n排查隐患。\n### （二）学前教育\n普及普惠。幼儿园覆盖率达到90%。\n");
        Assert.True(site.Build().Succeeded);

        var page = site.Page("topics/preschool/");

        Assert.Equal(["2024年", "2023年"], page.QuerySelectorAll(".topic-year h2").Select(h => h.TextContent).ToArray());
        var sections = page.QuerySelectorAll(".section-list li").Select(li => (
            Href: li.QuerySelector("a")!.GetAttribute("href"), Heading: li.QuerySelector("a")!.TextContent,
            Excerpt: li.QuerySelector(".excerpt")!.TextContent)).ToArray();
        Assert.Equal(
            [("/plans/plans/2024/new/#s2-2", "（二）学前教育", "普及普惠。幼儿园覆盖率达到90%。"),
             ("/plans/plans/2023/old/#s1", "一、学前教育", "新建幼儿园2所。")],
            sections);
    }

    [Fact]
    public void The_topics_page_counts_plans_per_topic()
    {
        using var site = new TestSite()
            .Plan(2024, "a", "title: 甲\nyear: 2024\nkind: plan\ndate: 2024-03-01", "## 一、学前教育\n文。\n")
            .Plan(2024, "b", "title: 乙\nyear: 2024\nkind: plan\ndate: 2024-03-02", "## 一、幼儿园\n文。\n## 二、中职\n文。\n");
        site.Build();

        var counts = site.Page("topics/").QuerySelectorAll(".topic-grid a")
            .ToDictionary(a => a.QuerySelector(".topic-name")!.TextContent, a => a.QuerySelector(".count")!.TextContent);
        Assert.Equal("2篇", counts["学前教育"]);
        Assert.Equal("1篇", counts["职业教育"]);
        Assert.Equal("0篇", counts["校园安全"]);
    }
}

public class PaginationTests
{
    [Fact]
    public void Long_year_and_topic_listings_are_split_into_linked_pages()
    {
        using var site = new TestSite(TestSite.DefaultSiteYml + "\npage_size: 2\n");
        for (var i = 1; i <= 5; i++)
            site.Plan(2024, $"p{i}", $"title: 计划{i}\nyear: 2024\nkind: plan\ndate: 2024-03-0{i}", "## 一、学前教育\n文。\n");
        Assert.True(site.Build().Succeeded);

        string[] Titles(string path) => site.Page(path).QuerySelectorAll(".plan-list .plan-title").Select(a => a.TextContent).ToArray();
        Assert.Equal(["计划5", "计划4"], Titles("years/2024/"));
        Assert.Equal(["计划3", "计划2"], Titles("years/2024/page/2/"));
        Assert.Equal(["计划1"], Titles("years/2024/page/3/"));
        var pager = site.Page("years/2024/page/2/").QuerySelector("nav.pagination")!;
        Assert.Equal("/plans/years/2024/", pager.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/plans/years/2024/page/3/", pager.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("2", pager.QuerySelector("a[aria-current=page]")!.TextContent);
        Assert.Equal(3, site.Page("topics/preschool/page/3/").QuerySelectorAll(".topic-plan").Length + 2);
        Assert.Null(site.Page("topics/safety/").QuerySelector("nav.pagination"));
        Assert.Contains("/plans/years/2024/page/3/", site.ReadOutput("sitemap.xml"));
    }
}
