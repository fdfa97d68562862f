using StaticPlans.Serve;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Serve;

public sealed class SiteWatcherTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_first_event_of_a_burst_is_told_at_once_and_the_change_after_the_quiet_time()
    {
        _site.WritePlan("a");
        var events = new List<string>();
        using var changed = new ManualResetEventSlim();
        using var changing = new ManualResetEventSlim();
        using var watcher = new SiteWatcher(_site.Root, TimeSpan.FromMilliseconds(400),
            paths => { lock (events) events.Add("changed " + string.Join(",", paths)); changed.Set(); },
            () => { lock (events) events.Add("changing"); changing.Set(); });

        _site.WritePlan("a", "## 一、总体要求\n\n第二版。\n");
        _site.WritePlan("a", "## 一、总体要求\n\n第三版。\n");

        Assert.True(changing.Wait(TimeSpan.FromSeconds(5)));
        Assert.False(changed.IsSet, "the change was reported before the quiet time ended");
        Assert.True(changed.Wait(TimeSpan.FromSeconds(5)));
        lock (events) Assert.Equal(["changing", "changed content/plans/2024/a.md"], events);
    }
}
