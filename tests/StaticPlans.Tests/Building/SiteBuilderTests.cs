using StaticPlans.Building;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Building;

/// <summary>The driver's two steps, as its callers see them: build (to disk), and generate (check and serve, in memory).</summary>
public sealed class SiteBuilderTests : IDisposable
{
    private readonly TestSite _site = new();

    public SiteBuilderTests()
    {
        _site.WritePlan("a", "## 一、总体要求\n\n做好校园安全工作，新建幼儿园3所。\n");
        _site.WritePlan("b", "## 一、总体要求\n\n发展学前教育，新建幼儿园5所。\n", date: "2024-03-01");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_build_times_every_stage_in_pipeline_order_with_the_index_beside_the_insights_and_the_render_and_counted_once_in_the_total()
    {
        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["index"], result.Timings.Where(t => t.Concurrent).Select(t => t.Stage));
        Assert.Equal(result.Timings.Where(t => t.Stage != "index").Sum(t => t.Elapsed.Ticks), result.Total.Ticks);
        Assert.Equal(["load", "model", "insights figures", "insights related", "insights rest", "render", "index", "index wait", "write"],
            result.Timings.Select(t => t.Stage));
    }

    [Fact]
    public void A_second_build_of_an_unchanged_site_is_up_to_date_after_one_check_stage()
    {
        Assert.True(_site.Build().Succeeded);

        var again = _site.Build();

        Assert.True(again.UpToDate);
        Assert.Equal(["check"], again.Timings.Select(t => t.Stage));
    }

    [Fact]
    public void A_generate_returns_every_file_and_the_prepared_site_with_its_config_and_insights()
    {
        var generated = SiteBuilder.Generate(new SiteOptions(_site.Root));

        Assert.True(generated.Result.Succeeded, string.Join("\n", generated.Result.Diagnostics));
        var prepared = Assert.IsType<PreparedSite>(generated.Prepared);
        Assert.Equal("/plans/", prepared.Config.BasePath);
        Assert.NotNull(prepared.Insights);
        Assert.Equal(2, prepared.Site.Plans.Count);
        var paths = generated.Result.Files.Select(f => f.Path).ToHashSet();
        Assert.Contains("index.html", paths);
        Assert.Contains("plans/2024/a/index.html", paths);
        Assert.Contains(paths, p => p.StartsWith("search/", StringComparison.Ordinal));
        Assert.Equal(generated.Result.FileCount, generated.Result.Files.Count);
        Assert.False(Directory.Exists(Path.Combine(_site.Parent, "public")));
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "public")));
    }

    [Fact]
    public void A_generate_of_a_site_with_an_error_gives_no_prepared_site_but_still_counts_its_plans()
    {
        _site.Write("content/plans/2024/c.md", "---\ntitle: 坏\nyear: 二〇二四\nkind: plan\ndate: 2024-02-01\n---\n正文\n");

        var generated = SiteBuilder.Generate(new SiteOptions(_site.Root));

        Assert.False(generated.Result.Succeeded);
        Assert.Null(generated.Prepared);
        Assert.Empty(generated.Result.Files);
        Assert.Equal(2, generated.Result.PlanCount);
    }
}
