using System.Text;
using StaticPlans.Building;
using StaticPlans.Serve;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Serve;

/// <summary>
/// Serve's edits and its background refresh. The refresh is held at the start of its render stage (through the
/// build's progress events), so "an edit arrives while the refresh runs" happens every time, not by timing.
/// </summary>
public sealed class PreviewBuilderTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TestSite _site = new();
    private readonly BuildProgress _progress = new();
    private readonly ManualResetEventSlim _release = new(initialState: true);
    private readonly ManualResetEventSlim _held = new();
    private readonly PreviewBuilder _builder;

    public PreviewBuilderTests()
    {
        _site.WritePlan("a", "## 一、总体要求\n\n做好校园安全工作第一版。\n");
        _site.WritePlan("b", "## 一、总体要求\n\n发展学前教育。\n", date: "2024-03-01");
        _progress.StageStarted += (stage, _) =>
        {
            if (stage != "render" || _release.IsSet) return;
            _held.Set();
            _release.Wait(Patience);
        };
        _builder = new PreviewBuilder(_site.Root, progress: _progress);
        Assert.Empty(_builder.Rebuild([]).Site.Errors);
    }

    public void Dispose()
    {
        _release.Set();
        _builder.CancelRefresh();
        _site.Dispose();
    }

    private string Served(string path) => Encoding.UTF8.GetString(_builder.Current.Files[path]);

    private PreviewRebuild Edit(string body)
    {
        _site.WritePlan("a", body);
        return _builder.Rebuild(["content/plans/2024/a.md"]);
    }

    /// <summary>Starts a refresh and waits until it is held before rendering.</summary>
    private Task<PreviewSite?> HeldRefresh()
    {
        _release.Reset();
        _held.Reset();
        var refresh = Task.Run(_builder.Refresh);
        Assert.True(_held.Wait(Patience), "the refresh never reached its render stage");
        return refresh;
    }

    [Fact]
    public async Task An_edit_during_a_refresh_is_applied_at_once_and_cancels_the_refresh()
    {
        var first = Edit("## 一、总体要求\n\n做好校园安全工作第二版。\n");
        Assert.True(first.Incremental);
        Assert.True(_builder.NeedsRefresh);
        var refresh = HeldRefresh();

        // Applied while the refresh is still held: the edit does not wait for it.
        var second = Edit("## 一、总体要求\n\n做好校园安全工作第三版。\n");
        Assert.True(second.Incremental);
        Assert.Contains("第三版", Served("plans/2024/a/index.html"));
        Assert.False(refresh.IsCompleted);

        _release.Set();
        Assert.Null(await refresh.WaitAsync(Patience));
        Assert.True(_builder.NeedsRefresh);
        Assert.Contains("第三版", Served("plans/2024/a/index.html"));
    }

    [Fact]
    public async Task The_refresh_started_again_after_an_edit_brings_search_up_to_date()
    {
        Edit("## 一、总体要求\n\n做好校园安全工作第二版，新增青檀坞研学营地。\n");
        var stale = _builder.Current.Files.Where(f => f.Key.StartsWith("search/", StringComparison.Ordinal)).ToDictionary();

        var refreshed = await Task.Run(_builder.Refresh).WaitAsync(Patience);

        Assert.NotNull(refreshed);
        Assert.False(_builder.NeedsRefresh);
        Assert.Contains("第二版", Served("plans/2024/a/index.html"));
        var search = refreshed.Files.Where(f => f.Key.StartsWith("search/", StringComparison.Ordinal)).ToDictionary();
        Assert.NotEqual(stale.Keys.Order().Concat(stale.Values.Select(Convert.ToBase64String)),
            search.Keys.Order().Concat(search.Values.Select(Convert.ToBase64String)));
    }

    [Fact]
    public async Task An_edit_with_an_error_during_a_refresh_shows_the_error_over_the_last_good_site()
    {
        Edit("## 一、总体要求\n\n做好校园安全工作第二版。\n");
        var refresh = HeldRefresh();

        _site.Write("content/plans/2024/a.md", "---\ntitle: 坏\nyear: 二〇二四\nkind: plan\ndate: 2024-02-01\n---\n正文\n");
        var broken = _builder.Rebuild(["content/plans/2024/a.md"]);

        Assert.NotEmpty(broken.Site.Errors);
        Assert.Contains("第二版", Served("plans/2024/a/index.html"));
        _release.Set();
        Assert.Null(await refresh.WaitAsync(Patience));
        // Still owed: the next good edit starts it again.
        Assert.True(_builder.NeedsRefresh);
        Assert.NotEmpty(_builder.Current.Errors);
    }

    [Fact]
    public void A_refresh_that_finished_before_an_edit_is_kept_and_the_edit_applied_on_top()
    {
        Edit("## 一、总体要求\n\n做好校园安全工作第二版。\n");
        Assert.NotNull(_builder.Refresh());

        var edit = Edit("## 一、总体要求\n\n做好校园安全工作第三版。\n");

        Assert.True(edit.Incremental);
        Assert.Contains("第三版", Served("plans/2024/a/index.html"));
    }
}
