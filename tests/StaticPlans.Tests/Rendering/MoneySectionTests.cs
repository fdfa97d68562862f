using StaticPlans.Tests.Insights.Figures;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Rendering;

/// <summary>Where the money section of a listing is shown, and how a row tells the amounts it adds and those it leaves out.</summary>
public class MoneySectionTests
{
    // The money tests' three documents plus a fourth, two per page: the topic listing and 2024's year listing have two pages each.
    private static TestSite Site() => MoneyTotalsTests.Site(TestSite.DefaultSiteYml + "\npage_size: 2\n")
        .Plan(2024, "notice", "title: 测试县2024年幼儿园招生工作方案\nyear: 2024\nkind: plan\ndate: 2024-05-01",
            "## 一、学前教育\n\n做好幼儿园招生工作。\n");

    [Theory]
    [InlineData("topics/preschool/", "历年资金统计见第一页")]
    [InlineData("years/2024/", "各主题资金统计见第一页")]
    public void A_paginated_listing_shows_its_money_table_on_its_first_page_and_links_to_it_from_the_others(string listing, string linkText)
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);

        var first = site.Page(listing);
        var second = site.Page(listing + "page/2/");

        Assert.NotNull(first.QuerySelector(".money .money-table"));
        Assert.NotNull(first.GetElementById("money-title"));
        Assert.Null(second.QuerySelector(".money"));
        Assert.Null(second.QuerySelector(".money-sources"));
        var link = Assert.Single(second.QuerySelectorAll(".money-elsewhere a"));
        Assert.Equal(linkText, link.TextContent);
        Assert.EndsWith("/" + listing + "#money-title", link.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_listing_without_money_links_to_no_money_section()
    {
        using var site = new TestSite(TestSite.DefaultSiteYml + "\npage_size: 1\n")
            .Plan(2024, "a", "title: 甲\nyear: 2024\nkind: plan\ndate: 2024-03-01", "## 一、学前教育\n\n做好幼儿园招生工作。\n")
            .Plan(2024, "b", "title: 乙\nyear: 2024\nkind: plan\ndate: 2024-03-02", "## 一、学前教育\n\n普及普惠。\n");
        Assert.True(site.Build().Succeeded);

        Assert.Null(site.Page("topics/preschool/").QuerySelector(".money"));
        Assert.Null(site.Page("topics/preschool/page/2/").QuerySelector(".money-elsewhere"));
    }

    [Fact]
    public void A_year_row_lists_the_amounts_it_adds_and_counts_those_it_leaves_out_with_links_to_the_figures_csv_that_lists_them()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);
        var page = site.Page("topics/preschool/");

        // 2024's plan row adds the plan's 500 + 260; the 2023 document's 500 for 2024 and the key points' 120 tell
        // the same money again. Those two are counted, not listed, and the reason is said once.
        var row = page.QuerySelectorAll(".money-table tbody tr:not(.money-sources-row)")
            .Single(r => r.QuerySelector("th")!.TextContent == "2024年" && r.QuerySelector("td.basis")!.TextContent == "计划");
        var sources = row.NextElementSibling!;
        Assert.Equal(["500万元", "260万元"], sources.QuerySelectorAll(".money-sources li > a").Select(a => a.TextContent));
        var line = Assert.Single(sources.QuerySelectorAll(".money-not-counted"));
        Assert.StartsWith("另有2笔金额未计入：本行另有文件列出更多资金", line.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, line.TextContent.Split("同年各文件常重复提到同一笔资金").Length);

        // The 120 is in a 2024 plan, the 500 in a 2023 one: each year's figures file is linked, by a text naming it, and written.
        var links = line.QuerySelectorAll("a").Select(a => (Text: a.TextContent, Href: a.GetAttribute("href")!)).ToList();
        Assert.Equal(["2024年数据表（CSV，ZIP 压缩）", "2023年数据表（CSV，ZIP 压缩）"], links.Select(l => l.Text));
        Assert.All(links, l => Assert.Matches("/data/figures-20(24|23)\\.zip$", l.Href));
        Assert.Contains(FiguresZip.Text(site, 2024).Split('\n'), l => l.Contains("/2024/key-points/", StringComparison.Ordinal) && l.Contains(",120,", StringComparison.Ordinal));
        Assert.Contains(FiguresZip.Text(site, 2023).Split('\n'), l => l.Contains("/2023/summary-plan/", StringComparison.Ordinal) && l.Contains(",500,", StringComparison.Ordinal));

        // The row of 2023's summary leaves nothing out: no such line.
        var summary = page.QuerySelectorAll(".money-table tbody tr:not(.money-sources-row)")
            .Single(r => r.QuerySelector("th")!.TextContent == "2023年").NextElementSibling!;
        Assert.Empty(summary.QuerySelectorAll(".money-not-counted"));
    }
}
