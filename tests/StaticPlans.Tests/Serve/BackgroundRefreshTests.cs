using StaticPlans.Serve;
using StaticPlans.Tests.Support;
using StaticPlans.Threading;

namespace StaticPlans.Tests.Serve;

public sealed class BackgroundRefreshTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly PreviewBuilder _builder;

    public BackgroundRefreshTests()
    {
        _site.WritePlan("a", "## 一、总体要求\n\n第一版。\n");
        _builder = new PreviewBuilder(_site.Root);
        _builder.Rebuild([]);
        _site.WritePlan("a", "## 一、总体要求\n\n第二版。\n");
        Assert.True(_builder.Rebuild(["content/plans/2024/a.md"]).Incremental);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_scheduled_refresh_runs_after_the_delay_and_publishes_the_whole_site()
    {
        var refreshed = new TaskCompletionSource<PreviewSite>();
        using var refresh = new BackgroundRefresh(_builder, TimeSpan.FromMilliseconds(50), (site, _) => refreshed.TrySetResult(site), e => refreshed.TrySetException(e));

        refresh.Schedule();

        await refreshed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(_builder.NeedsRefresh);
    }

    [Fact]
    public void A_change_coming_in_holds_a_scheduled_refresh()
    {
        var ran = 0;
        using var refresh = new BackgroundRefresh(_builder, TimeSpan.FromMilliseconds(300), (_, _) => Interlocked.Increment(ref ran), _ => { });

        refresh.Schedule();
        refresh.Hold();
        Thread.Sleep(800);

        Assert.Equal(0, Volatile.Read(ref ran));
        Assert.True(_builder.NeedsRefresh);
    }

    [Fact]
    public async Task The_refresh_runs_its_parallel_loops_on_its_own_threads()
    {
        using var threads = new RefreshScheduler(2);
        var names = new System.Collections.Concurrent.ConcurrentBag<string?>();

        await threads.Run(() => Parallel.For(0, 200, ParallelWork.Options(), _ => { names.Add(Thread.CurrentThread.Name); Thread.SpinWait(1000); })).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(200, names.Count);
        Assert.All(names, name => Assert.StartsWith("staticplans-refresh-", name));
    }
}
