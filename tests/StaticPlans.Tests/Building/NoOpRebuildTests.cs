using StaticPlans.Building;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Building;

public class NoOpRebuildTests
{
    private static TestSite Site() => new TestSite()
        .Plan(2024, "a", "title: 甲\nyear: 2024\nkind: plan\ndate: 2024-03-01", "## 一、学前教育\n旧文字。\n");

    [Fact]
    public void A_rebuild_with_nothing_changed_stops_early_and_leaves_the_site_as_it_was()
    {
        using var site = Site();
        Assert.False(site.Build().UpToDate);
        var before = File.GetLastWriteTimeUtc(Path.Combine(site.Output, "index.html"));

        var again = site.Build();

        Assert.True(again.UpToDate);
        Assert.True(again.Succeeded);
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void Editing_a_plan_a_template_or_site_yml_makes_the_next_build_run()
    {
        using var site = Site();
        site.Build();

        site.Plan(2024, "a", "title: 甲\nyear: 2024\nkind: plan\ndate: 2024-03-01", "## 一、学前教育\n新文字，长度也不同。\n");
        Assert.False(site.Build().UpToDate);
        Assert.Contains("新文字", site.ReadOutput("plans/2024/a/"));

        site.Write("layouts/partials/meta.html", "<meta name=\"SiteName\" content=\"{{ site.title }}\">\n");
        Assert.False(site.Build().UpToDate);

        Assert.True(site.Build().UpToDate);
        Assert.False(SiteBuilder.Build(new BuildOptions(site.Root, site.Output, Force: true)).UpToDate);
    }

    [Fact]
    public void A_page_deleted_from_the_output_makes_the_next_build_run_and_brings_it_back()
    {
        using var site = Site();
        site.Build();
        var page = Path.Combine(site.Output, "plans", "2024", "a", "index.html");
        File.Delete(page);

        var again = site.Build();

        Assert.False(again.UpToDate);
        Assert.True(File.Exists(page));
        Assert.True(site.Build().UpToDate);
    }

    [Fact]
    public void A_page_cut_short_or_a_file_added_in_the_output_makes_the_next_build_run()
    {
        using var site = Site();
        site.Build();
        var page = Path.Combine(site.Output, "plans", "2024", "a", "index.html");
        var original = File.ReadAllText(page);
        File.WriteAllText(page, "<p>defaced</p>");

        Assert.False(site.Build().UpToDate);
        Assert.Equal(original, File.ReadAllText(page));

        File.WriteAllText(Path.Combine(site.Output, "extra.html"), "<p>planted</p>");
        Assert.False(site.Build().UpToDate);
        Assert.False(File.Exists(Path.Combine(site.Output, "extra.html")));
    }
}
