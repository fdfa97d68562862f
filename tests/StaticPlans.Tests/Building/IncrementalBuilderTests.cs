using StaticPlans.Building;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Building;

public class IncrementalBuilderTests
{
    private static TestSite Site()
    {
        var site = new TestSite();
        for (var i = 1; i <= 4; i++)
            site.Plan(2024, $"p{i}", $"title: 计划{i}\nyear: 2024\nkind: plan\ndate: 2024-03-0{i}", $"## 一、学前教育\n第{i}篇正文。\n");
        site.Plan(2023, "old", "title: 旧计划\nyear: 2023\nkind: plan\ndate: 2023-03-01", "## 一、校园安全\n旧文。\n");
        return site;
    }

    // Cross-year links and money charts come from the whole site and are refreshed by serve's background full
    // rebuild, so this edit stays within one year and topic, where they cannot change.
    [Fact]
    public void An_edited_plan_gives_the_same_pages_as_a_full_rebuild()
    {
        using var site = Site();
        var incremental = new IncrementalBuilder(new BuildOptions(site.Root, site.Output));
        Assert.True(incremental.Full().Succeeded);

        site.Plan(2024, "p2", "title: 改过的计划二\nyear: 2024\nkind: plan\ndate: 2024-03-02", "## 一、学前教育\n改过的正文，扩大学前教育普惠资源。\n");
        var update = incremental.TryUpdate(["content/plans/2024/p2.md"]);

        Assert.NotNull(update);
        Assert.True(update.Succeeded);
        var full = SiteBuilder.Generate(new BuildOptions(site.Root, site.Output)).Files
            .Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) || f.Path.EndsWith(".xml", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Bytes));
        // Rendered again: p2, its neighbours p1 and p3, the 2024 year page, the preschool topic page and feed, home,
        // years, topics, search, 404, the site feed and the sitemap. Not: p4, anything of 2023, the other topics.
        Assert.Equal(13, update.PageCount);
        Assert.Equal(20, full.Count);
        var updated = update.Files.ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Bytes));
        foreach (var (path, text) in full) Assert.True(text == updated[path], $"{path} differs from a full rebuild");
        Assert.Contains("改过的计划二", updated["plans/2024/p1/index.html"]);
        Assert.Contains("改过的正文", updated["topics/preschool/index.html"]);
    }

    [Theory]
    [InlineData("site.yml")]
    [InlineData("content/plans/2024/new.md")]
    [InlineData("layouts/plan.html")]
    public void Changes_beyond_existing_plans_ask_for_a_full_rebuild(string path)
    {
        using var site = Site();
        var incremental = new IncrementalBuilder(new BuildOptions(site.Root, site.Output));
        incremental.Full();
        site.Write(path, path.EndsWith(".md") ? "---\ntitle: 新\nyear: 2024\nkind: plan\ndate: 2024-05-01\n---\n正文\n" : "x: 1\n");

        Assert.Null(incremental.TryUpdate([path]));
    }

    [Fact]
    public void An_edit_with_an_error_reports_it_and_keeps_the_last_good_pages()
    {
        using var site = Site();
        var incremental = new IncrementalBuilder(new BuildOptions(site.Root, site.Output));
        incremental.Full();
        site.Plan(2024, "p3", "title: 计划3\nyear: 二〇二四\nkind: plan\ndate: 2024-03-03", "正文\n");

        var update = incremental.TryUpdate(["content/plans/2024/p3.md"])!;

        Assert.False(update.Succeeded);
        Assert.Contains(update.Diagnostics, d => d.File == "content/plans/2024/p3.md" && d.Line == 3);
        Assert.Contains(update.Files, f => f.Path == "plans/2024/p3/index.html");
    }
}
