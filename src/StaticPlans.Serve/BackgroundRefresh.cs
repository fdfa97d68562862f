using System.Diagnostics;

namespace StaticPlans.Serve;

/// <summary>
/// When serve's background full rebuild (search, cross-year links, open data) runs after incremental edits: a moment
/// after the last edit was applied, so the page reload that edit causes is not slowed by it; on threads of its own
/// (<see cref="RefreshScheduler"/>); and never while a change comes in: the first file event of a change cancels it,
/// before the watcher's debounce, since a running rebuild takes the CPU and, through its allocations, the garbage
/// collector's pauses from the update the change needs.
/// </summary>
public sealed class BackgroundRefresh : IDisposable
{
    private readonly PreviewBuilder _builder;
    private readonly TimeSpan _delay;
    private readonly Action<PreviewSite, Stopwatch> _refreshed;
    private readonly Action<Exception> _failed;
    private readonly RefreshScheduler _threads = new(Environment.ProcessorCount);
    private readonly Timer _timer;

    /// <param name="refreshed">Called with the site a refresh published and how long it took.</param>
    /// <param name="failed">Called when a refresh failed (could not read the site, or threw).</param>
    public BackgroundRefresh(PreviewBuilder builder, TimeSpan delay, Action<PreviewSite, Stopwatch> refreshed, Action<Exception> failed)
    {
        _builder = builder;
        _delay = delay;
        _refreshed = refreshed;
        _failed = failed;
        _timer = new Timer(_ => _threads.Run(Run));
    }

    /// <summary>An edit was applied: refresh after the delay, unless another change comes first.</summary>
    public void Schedule() => _timer.Change(_delay, Timeout.InfiniteTimeSpan);

    /// <summary>A change is coming in: stop a running refresh and do not start one until <see cref="Schedule"/>.</summary>
    public void Hold()
    {
        _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _builder.CancelRefresh();
    }

    private void Run()
    {
        if (!_builder.NeedsRefresh) return;
        var clock = Stopwatch.StartNew();
        try
        {
            // Null: a change came first, and the update it causes schedules the next refresh.
            if (_builder.Refresh() is { } site) _refreshed(site, clock);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Any failure: this runs on a thread of its own, where an exception would end the whole server.
            _failed(e);
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        _builder.CancelRefresh();
        _threads.Dispose();
    }
}
