using StaticPlans.Tests.Support;
using System.Text;
using System.Threading.Channels;
using StaticPlans.Building;
using StaticPlans.Serve;

namespace StaticPlans.Tests.Serve;

/// <summary>
/// Serve's loop: edits, full rebuilds and the background refresh. The refresh is held at the start of its render
/// stage (through the build's progress events), so "an edit arrives while the refresh runs" happens every time, not
/// by timing.
/// </summary>
public sealed class PreviewLoopTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private const string PlanA = "content/plans/2024/a.md";
    private readonly TestSite _site = new();
    private readonly BuildProgress _progress = new();
    private readonly ManualResetEventSlim _release = new(initialState: true);
    private readonly ManualResetEventSlim _held = new();
    private readonly Channel<PreviewUpdate> _updates = Channel.CreateUnbounded<PreviewUpdate>();
    private int _fullBuilds;
    private PreviewLoop _loop = null!;

    public async Task InitializeAsync()
    {
        _site.WritePlan("a", "## 一、总体要求\n\n做好校园安全工作第一版。\n");
        _site.WritePlan("b", "## 一、总体要求\n\n发展学前教育。\n", date: "2024-03-01");
        _progress.StageStarted += (stage, _) =>
        {
            if (stage == "load") Interlocked.Increment(ref _fullBuilds);
            if (stage != "render" || _release.IsSet) return;
            _held.Set();
            _release.Wait(Patience);
        };
        _loop = new PreviewLoop(new SiteOptions(_site.Root, Drafts: true) { Progress = _progress }, TimeSpan.FromMilliseconds(30),
            TimeSpan.FromMilliseconds(50), update => _updates.Writer.TryWrite(update));
        await _loop.Ready.WaitAsync(Patience);
        var first = await Next();
        Assert.Equal(PreviewStep.Built, first.Step);
        Assert.Empty(first.Site.Errors);
    }

    public async Task DisposeAsync()
    {
        _release.Set();
        await _loop.DisposeAsync();
        _site.Dispose();
    }

    private Task<PreviewUpdate> Next() => _updates.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    private string Served(string path) => Encoding.UTF8.GetString(_loop.Current.Files[path]);

    private async Task<PreviewUpdate> Edit(string body)
    {
        _site.WritePlan("a", body);
        _loop.Post(PlanA);
        return await Next();
    }

    /// <summary>Lets the next refresh start, and waits until it is held before rendering.</summary>
    private void HoldNextRefresh()
    {
        _release.Reset();
        _held.Reset();
    }

    [Fact]
    public async Task A_burst_of_changes_is_applied_once_as_one_edit()
    {
        _site.WritePlan("a", "## 一、总体要求\n\n做好校园安全工作第二版。\n");
        _site.WritePlan("b", "## 一、总体要求\n\n发展学前教育第二版。\n", date: "2024-03-01");
        foreach (var path in new[] { PlanA, PlanA, "content/plans/2024/b.md", PlanA }) _loop.Post(path);

        var update = await Next();

        Assert.Equal(PreviewStep.Updated, update.Step);
        Assert.Equal([PlanA, "content/plans/2024/b.md"], update.Paths);
        Assert.Contains("第二版", Served("plans/2024/a/index.html"));
        Assert.Contains("第二版", Served("plans/2024/b/index.html"));
    }

    [Fact]
    public async Task An_edit_during_a_refresh_is_applied_at_once_and_cancels_the_refresh()
    {
        HoldNextRefresh();
        Assert.Equal(PreviewStep.Updated, (await Edit("## 一、总体要求\n\n做好校园安全工作第二版。\n")).Step);
        Assert.True(_held.Wait(Patience), "the refresh never reached its render stage");

        // Applied while the refresh is still held: the edit does not wait for it.
        var second = await Edit("## 一、总体要求\n\n做好校园安全工作第三版。\n");
        Assert.Equal(PreviewStep.Updated, second.Step);
        Assert.Contains("第三版", Served("plans/2024/a/index.html"));

        // The held refresh read the second version: it is dropped, and the next one shows the third.
        _release.Set();
        var refreshed = await Next();
        Assert.Equal(PreviewStep.Refreshed, refreshed.Step);
        Assert.Contains("第三版", Served("plans/2024/a/index.html"));
        Assert.Equal(3, Volatile.Read(ref _fullBuilds));
    }

    [Fact]
    public async Task The_refresh_after_an_edit_brings_search_up_to_date()
    {
        await Edit("## 一、总体要求\n\n做好校园安全工作第二版，新增青檀坞研学营地。\n");
        var stale = _loop.Current.Files.Where(f => f.Key.StartsWith("search/", StringComparison.Ordinal)).ToDictionary();

        var refreshed = await Next();

        Assert.Equal(PreviewStep.Refreshed, refreshed.Step);
        Assert.Contains("第二版", Served("plans/2024/a/index.html"));
        var search = refreshed.Site.Files.Where(f => f.Key.StartsWith("search/", StringComparison.Ordinal)).ToDictionary();
        Assert.NotEqual(stale.Keys.Order().Concat(stale.Values.Select(Convert.ToBase64String)),
            search.Keys.Order().Concat(search.Values.Select(Convert.ToBase64String)));
    }

    [Fact]
    public async Task An_edit_with_an_error_during_a_refresh_shows_the_error_over_the_last_good_site()
    {
        HoldNextRefresh();
        await Edit("## 一、总体要求\n\n做好校园安全工作第二版。\n");
        Assert.True(_held.Wait(Patience), "the refresh never reached its render stage");

        _site.Write(PlanA, "---\ntitle: 坏\nyear: 二〇二四\nkind: plan\ndate: 2024-02-01\n---\n正文\n");
        _loop.Post(PlanA);
        var broken = await Next();

        Assert.NotEmpty(broken.Site.Errors);
        Assert.Contains("第二版", Served("plans/2024/a/index.html"));
        _release.Set();
        // No refresh while the site has an error: it would fail on the same error.
        await Task.Delay(500);
        Assert.False(_updates.Reader.TryRead(out _));
        Assert.NotEmpty(_loop.Current.Errors);
        // Still owed: the next good edit starts it again.
        Assert.Equal(PreviewStep.Updated, (await Edit("## 一、总体要求\n\n做好校园安全工作第三版。\n")).Step);
        Assert.Equal(PreviewStep.Refreshed, (await Next()).Step);
        Assert.Empty(_loop.Current.Errors);
    }

    [Fact]
    public async Task Edits_coming_one_after_another_hold_the_refresh_until_they_stop()
    {
        var updates = Channel.CreateUnbounded<PreviewUpdate>();
        await using var loop = new PreviewLoop(new SiteOptions(_site.Root, Drafts: true), TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(1),
            update => updates.Writer.TryWrite(update));
        await loop.Ready.WaitAsync(Patience);
        Assert.Equal(PreviewStep.Built, (await updates.Reader.ReadAsync()).Step);

        for (var i = 2; i <= 8; i++)
        {
            _site.WritePlan("a", $"## 一、总体要求\n\n做好校园安全工作第{i}版。\n");
            loop.Post(PlanA);
            Assert.Equal(PreviewStep.Updated, (await updates.Reader.ReadAsync().AsTask().WaitAsync(Patience)).Step);
            await Task.Delay(200);
        }

        Assert.Equal(PreviewStep.Refreshed, (await updates.Reader.ReadAsync().AsTask().WaitAsync(Patience)).Step);
        Assert.Contains("第8版", Encoding.UTF8.GetString(loop.Current.Files["plans/2024/a/index.html"]));
    }

    [Fact]
    public async Task A_refresh_that_finished_before_an_edit_is_kept_and_the_edit_applied_on_top()
    {
        await Edit("## 一、总体要求\n\n做好校园安全工作第二版。\n");
        Assert.Equal(PreviewStep.Refreshed, (await Next()).Step);

        var edit = await Edit("## 一、总体要求\n\n做好校园安全工作第三版。\n");

        Assert.Equal(PreviewStep.Updated, edit.Step);
        Assert.Contains("第三版", Served("plans/2024/a/index.html"));
    }

    [Fact]
    public async Task A_changed_base_url_rebuilds_the_site_under_its_new_path()
    {
        Assert.Equal("/plans/", _loop.Current.BasePath);
        _site.Write("site.yml", TestSite.DefaultSiteYml.Replace("https://edu.example.gov.cn/plans/", "https://edu.example.gov.cn/gongkai/") + "\n");
        _loop.Post("site.yml");

        var rebuilt = await Next();

        Assert.Equal(PreviewStep.Rebuilt, rebuilt.Step);
        Assert.Equal("/gongkai/", rebuilt.Site.BasePath);
        Assert.Equal("/gongkai/", _loop.Current.BasePath);
    }
}
