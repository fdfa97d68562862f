using System.Diagnostics;
using System.Threading.Channels;
using StaticPlans.Building;
using StaticPlans.Diagnostics;

namespace StaticPlans.Serve;

/// <summary>What one turn of the loop did, for the terminal.</summary>
public enum PreviewStep { Built, Updated, Rebuilt, Refreshed, RefreshFailed }

/// <param name="Site">The site served after it.</param>
/// <param name="Paths">The changed site-relative paths it applied (empty for the first build and a refresh).</param>
/// <param name="Parts">An update's parts, so a slow one shows where its time went.</param>
/// <param name="Failure">Why a refresh failed (it published nothing).</param>
public sealed record PreviewUpdate(PreviewSite Site, PreviewStep Step, IReadOnlyCollection<string> Paths, TimeSpan Elapsed,
    IReadOnlyList<StageTiming> Parts, Exception? Failure = null);

/// <summary>
/// Serve as one loop. The watcher posts each changed path to one queue; a single consumer reads it, waits for the rest
/// of a burst (editors save through temp files and renames), and applies it: an edit of existing plans re-renders only
/// the pages that show them, anything else regenerates the whole site. Only the consumer touches the incremental
/// builder; it publishes each result as an immutable <see cref="PreviewSite"/> that request handlers read with a
/// volatile read. A moment after an edit, a full generate runs in the background for what an edit leaves stale
/// (search, cross-year links, open data) and posts its result to the same queue; the next change cancels it, and a
/// result whose files were read before an applied change is dropped.
/// </summary>
public sealed class PreviewLoop : IAsyncDisposable
{
    private abstract record Message
    {
        public sealed record Changed(string Path) : Message;
        /// <param name="Build">Null when cancelled or failed.</param>
        /// <param name="Applied">How many changes the loop had applied when the refresh started reading the site.</param>
        public sealed record Refreshed(GeneratedSite? Build, int Applied, TimeSpan Elapsed, Exception? Failure) : Message;
    }

    private readonly Channel<Message> _queue = Channel.CreateUnbounded<Message>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SiteOptions _options;
    private readonly TimeSpan _debounce;
    private readonly TimeSpan _refreshDelay;
    private readonly Action<PreviewUpdate> _report;
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _loop;
    private PreviewSite _current = PreviewSite.Empty;
    private TaskCompletionSource _published = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? _refreshCancel; // the running refresh's; a posted change cancels it

    // The consumer's own state: no other thread reads or writes it.
    private readonly IncrementalBuilder _incremental;
    private bool _needsRefresh; // edits applied incrementally await a full generate
    private Task? _refresh;
    private int _applied;

    /// <param name="report">Called by the loop, one call at a time, after each publish (and a failed refresh).</param>
    public PreviewLoop(SiteOptions options, TimeSpan debounce, TimeSpan refreshDelay, Action<PreviewUpdate> report)
    {
        _options = options;
        _debounce = debounce;
        _refreshDelay = refreshDelay;
        _report = report;
        _incremental = new IncrementalBuilder(options);
        _loop = Task.Run(RunAsync);
    }

    /// <summary>The site served now; replaced whole on each publish.</summary>
    public PreviewSite Current => Volatile.Read(ref _current);

    /// <summary>Completes when the first full build is published.</summary>
    public Task Ready => _ready.Task;

    /// <summary>Completes at the next publish (open tabs wait on it to reload).</summary>
    public Task Published => Volatile.Read(ref _published).Task;

    /// <summary>A site-relative path changed. Stops a running refresh at once: it read the files before this change.</summary>
    public void Post(string path)
    {
        if (!_queue.Writer.TryWrite(new Message.Changed(path))) return;
        Volatile.Read(ref _refreshCancel)?.Cancel();
    }

    private async Task RunAsync()
    {
        try
        {
            Apply([]);
            _ready.TrySetResult();
            while (true)
            {
                var refreshDue = _needsRefresh && _refresh is null && Current.Errors.Count == 0;
                var message = await NextAsync(refreshDue ? _refreshDelay : Timeout.InfiniteTimeSpan);
                switch (message)
                {
                    case null:
                        StartRefresh();
                        break;
                    case Message.Refreshed refreshed:
                        Install(refreshed);
                        break;
                    case Message.Changed changed:
                        Apply(await BurstAsync(changed));
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: the queue was closed, or the build in progress was cancelled.
        }
        catch (ChannelClosedException)
        {
        }
        finally
        {
            _ready.TrySetResult();
        }
    }

    /// <summary>The next message; null when <paramref name="wait"/> passed first.</summary>
    private async Task<Message?> NextAsync(TimeSpan wait)
    {
        var reader = _queue.Reader;
        if (reader.TryRead(out var message)) return message;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        timeout.CancelAfter(wait);
        try
        {
            if (!await reader.WaitToReadAsync(timeout.Token)) throw new ChannelClosedException();
        }
        catch (OperationCanceledException) when (!_stopping.IsCancellationRequested)
        {
            return null;
        }
        return reader.TryRead(out message) ? message : null;
    }

    /// <summary>The changed paths of one burst: until no change has come for the debounce time.</summary>
    private async Task<IReadOnlyCollection<string>> BurstAsync(Message.Changed first)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal) { first.Path };
        while (await NextAsync(_debounce) is { } message)
        {
            if (message is Message.Changed changed) paths.Add(changed.Path);
            else Install((Message.Refreshed)message); // read before this burst is applied: the burst applies on top
        }
        return paths;
    }

    private void Apply(IReadOnlyCollection<string> changed)
    {
        var clock = Stopwatch.StartNew();
        _applied++;
        Volatile.Read(ref _refreshCancel)?.Cancel();
        var step = changed.Count == 0 ? PreviewStep.Built : PreviewStep.Rebuilt;
        IReadOnlyList<StageTiming> parts = [];
        PreviewSite site;
        try
        {
            if (_incremental.TryUpdate(changed) is { } update)
            {
                // A failed edit leaves an earlier edit's refresh still owed.
                _needsRefresh |= update.Succeeded;
                (step, parts) = (PreviewStep.Updated, update.Timings);
                site = Publish(update);
            }
            else
            {
                var result = _incremental.Full(_stopping.Token);
                _needsRefresh = !result.Succeeded && _needsRefresh;
                site = Publish(result);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !_stopping.IsCancellationRequested)
        {
            // Whatever failed (a file being saved is briefly unreadable, a bug in a stage), serve must not die: the
            // last good site stays served, the error shows in the overlay and the terminal, and the next change
            // rebuilds in full, since the edit state may be half updated.
            var inner = e is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : e;
            var error = Diagnostic.Error("(serve)", 0, 0, DiagnosticCodes.PreviewRebuildFailed,
                Messages.Text("SP0420", ("reason", inner.Message), ("type", inner.GetType().Name)));
            var failed = new BuildResult([error], [], 0, 0, 0, 0, []);
            _incremental.Install(new GeneratedSite(failed, null));
            site = Publish(failed);
        }
        Report(new PreviewUpdate(site, step, changed, clock.Elapsed, parts));
    }

    /// <summary>The background full generate after edits; its result comes back through the queue.</summary>
    private void StartRefresh()
    {
        var cancel = new CancellationTokenSource();
        Volatile.Write(ref _refreshCancel, cancel);
        var applied = _applied;
        _refresh = Task.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            Message.Refreshed done;
            try
            {
                var build = SiteBuilder.Generate(_options, cancel.Token);
                done = new(cancel.IsCancellationRequested ? null : build, applied, clock.Elapsed, null);
            }
            catch (OperationCanceledException)
            {
                done = new(null, applied, clock.Elapsed, null);
            }
            catch (Exception e)
            {
                // Any failure: this runs on a thread of its own, where an exception would be lost.
                done = new(null, applied, clock.Elapsed, e);
            }
            _queue.Writer.TryWrite(done);
        });
    }

    private void Install(Message.Refreshed refreshed)
    {
        _refresh = null;
        if (refreshed.Failure is { } failure)
        {
            Report(new PreviewUpdate(Current, PreviewStep.RefreshFailed, [], refreshed.Elapsed, [], failure));
            return;
        }
        // Cancelled, or it read the files before a change that is already applied: the next turn starts another.
        if (refreshed.Build is not { } build || refreshed.Applied != _applied) return;
        _incremental.Install(build);
        _needsRefresh = !build.Result.Succeeded;
        Report(new PreviewUpdate(Publish(build.Result), PreviewStep.Refreshed, [], refreshed.Elapsed, []));
    }

    /// <summary>
    /// The site now served: a result that succeeded replaces the files (the base path comes from the prepared config);
    /// a failed one keeps the last good files and shows its problems over them.
    /// </summary>
    private PreviewSite Publish(BuildResult result)
    {
        var previous = _current;
        var next = result.Succeeded
            ? new PreviewSite(_incremental.Files, _incremental.Prepared?.Config.BasePath ?? previous.BasePath, result.Diagnostics, previous.Version + 1)
            : previous with { Diagnostics = result.Diagnostics, Version = previous.Version + 1 };
        Volatile.Write(ref _current, next);
        return next;
    }

    private void Report(PreviewUpdate update)
    {
        _report(update);
        Interlocked.Exchange(ref _published, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        Volatile.Read(ref _refreshCancel)?.Cancel();
        await _stopping.CancelAsync();
        await _loop;
        if (_refresh is { } refresh) await refresh;
        _stopping.Dispose();
    }
}
