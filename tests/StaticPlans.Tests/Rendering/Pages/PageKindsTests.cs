using StaticPlans.Building;
using StaticPlans.Diagnostics;
using StaticPlans.Model;
using StaticPlans.Output;
using StaticPlans.Rendering.Pages;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Rendering.Pages;

/// <summary>The page registry tells the truth: the render stage writes what it lists, and links to all of it pass.</summary>
public class PageKindsTests
{
    // Two pages per listing, so later pages of years, topics and kinds exist; two kinds; two years; every topic used.
    private static TestSite Site()
    {
        var site = new TestSite(TestSite.DefaultSiteYml + "\npage_size: 2\n");
        for (var i = 1; i <= 5; i++)
        {
            site.Plan(2024, $"p{i}", $"title: 计划{i}\nyear: 2024\nkind: {(i == 3 ? "key-points" : "plan")}\ndate: 2024-03-0{i}",
                $"## 一、学前教育\n发展学前教育，推进职业教育，抓好校园安全。第{i}篇。\n");
        }
        site.Plan(2023, "old", "title: 旧计划\nyear: 2023\nkind: plan\ndate: 2023-03-01", "## 一、校园安全\n旧文。\n");
        site.Plan(2024, "links", "title: 链接\nyear: 2024\nkind: plan\ndate: 2024-01-01", Links + "见下。\n");
        return site;
    }

    // The plan that links: about school safety, so that it has a topic as every plan should.
    private const string Links = "## 一、说明\n抓好校园安全。\n";

    private static PreparedSite Prepare(TestSite site)
    {
        var build = SiteBuilder.Generate(new SiteOptions(site.Root));
        Assert.True(build.Result.Succeeded, string.Join("\n", build.Result.Diagnostics));
        return build.Prepared!;
    }

    private static List<string> Paths(Site site, PageKind kind) => kind.Jobs(site).SelectMany(job => job.Paths(site)).ToList();

    [Fact]
    public void The_render_stage_writes_exactly_the_files_the_registry_lists()
    {
        using var site = Site();
        var prepared = Prepare(site);
        var sink = new MemorySink();
        var bag = new DiagnosticBag();

        RenderStage.Render(new RenderInputs(prepared.Site, prepared.Builder.Tagger, prepared.Theme, prepared.Strings, prepared.Insights), sink, bag);

        Assert.False(bag.HasErrors);
        var listed = PageKinds.All.SelectMany(kind => Paths(prepared.Site, kind)).Select(UrlBuilder.FileFor).Order(StringComparer.Ordinal);
        Assert.Equal(listed, sink.Files.Select(f => f.Path));
        Assert.Contains("kinds/plan/page/2/index.html", sink.Files.Select(f => f.Path));
    }

    [Fact]
    public void A_link_to_every_page_of_every_kind_the_build_writes_passes()
    {
        using var site = Site();
        var prepared = Prepare(site).Site;
        foreach (var kind in PageKinds.All) Assert.True(Paths(prepared, kind).Count > 0, $"the test site has no page of kind {kind.Name}");
        var paths = PageKinds.All.SelectMany(kind => Paths(prepared, kind)).ToList();
        Assert.Contains("years/2024/page/3/", paths);

        site.Plan(2024, "links", "title: 链接\nyear: 2024\nkind: plan\ndate: 2024-01-01",
            Links + string.Concat(paths.Select(path => $"\n见[页](/{path})。\n")));
        var after = SiteBuilder.Generate(new SiteOptions(site.Root));

        Assert.Empty(after.Result.Diagnostics);
        Assert.Equal(paths, PageKinds.All.SelectMany(kind => Paths(after.Prepared!.Site, kind)));
    }

    [Theory]
    [InlineData("/years/2024/page/5/")]
    [InlineData("/kinds/key-points/page/2/")]
    [InlineData("/plans/2024/p9/")]
    public void A_link_to_a_page_beyond_those_the_registry_lists_is_an_error(string url)
    {
        using var site = Site();
        site.Plan(2024, "links", "title: 链接\nyear: 2024\nkind: plan\ndate: 2024-01-01", Links + $"见[页]({url})。\n");

        var result = SiteBuilder.Generate(new SiteOptions(site.Root)).Result;

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.BrokenLink, "content/plans/2024/links.md"), (d.Code, d.File));
    }

}
