using StaticPlans.Building;
using StaticPlans.Diagnostics;
using StaticPlans.Loading;

namespace StaticPlans.Serve;

/// <summary>
/// Turns the site folder into a <see cref="PreviewSite"/>. Every change goes through <see cref="Rebuild"/>: an edit
/// of existing plans re-renders only the pages that show them, anything else regenerates the whole site. After an
/// edit, <see cref="Refresh"/> regenerates the whole site in the background for what an edit leaves stale (search,
/// cross-year links, open data); the next edit cancels it rather than wait for it, and is applied at once.
/// </summary>
/// <param name="progress">Follows the full builds (the first one and the background refreshes).</param>
public sealed class PreviewBuilder(string sourceDir, bool drafts = true, BuildProgress? progress = null)
{
    private readonly Lock _published = new(); // held only to swap _current
    private readonly Lock _state = new();     // one update or install at a time
    private readonly Lock _refreshing = new();
    private PreviewSite _current = PreviewSite.Empty;
    private CancellationTokenSource? _refresh;

    private readonly IncrementalBuilder _incremental =
        new(new BuildOptions(sourceDir, Path.Combine(sourceDir, "public"), Drafts: drafts) { Progress = progress });

    public PreviewSite Current
    {
        get { lock (_published) return _current; }
    }

    /// <summary>True while edits applied incrementally await a full rebuild for search, cross-year links and open data.</summary>
    public bool NeedsRefresh { get; private set; }

    /// <param name="changedPaths">Site-relative paths that changed since the last rebuild (empty for a full build).</param>
    public PreviewRebuild Rebuild(IReadOnlyCollection<string> changedPaths)
    {
        // A running refresh read the files before this change: its result would be stale, and it would hold both cores.
        CancelRefresh();
        lock (_state)
        {
            var update = _incremental.TryUpdate(changedPaths);
            if (update is not null)
            {
                // A failed edit leaves an earlier edit's refresh still owed.
                NeedsRefresh |= update.Succeeded;
                return new PreviewRebuild(Publish(update, full: false), Incremental: true, update.Timings);
            }
            var result = _incremental.Full();
            NeedsRefresh = !result.Succeeded && NeedsRefresh;
            return new PreviewRebuild(Publish(result, full: true), Incremental: false, result.Timings);
        }
    }

    /// <summary>
    /// A rebuild that threw (a bug, a file that cannot be read): the last good site stays served, the failure is shown
    /// as an error in the overlay, and the next change rebuilds in full, since the edit state may be half updated.
    /// </summary>
    public PreviewRebuild Failed(Exception failure)
    {
        var inner = failure is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : failure;
        var error = Diagnostic.Error("(serve)", 0, 0, DiagnosticCodes.PreviewRebuildFailed,
            Messages.Text("SP0420", ("reason", inner.Message), ("type", inner.GetType().Name)));
        var result = new BuildResult([error], [], 0, 0, 0, 0, []);
        lock (_state)
        {
            _incremental.Install(new IncrementalBuilder.FullBuild(result, null));
            return new PreviewRebuild(Publish(result, full: false), Incremental: false, []);
        }
    }

    /// <summary>
    /// The background full rebuild after edits. Returns null when a change came while it ran: then it was cancelled
    /// (or its result dropped), and the caller starts another after applying that change.
    /// </summary>
    public PreviewSite? Refresh()
    {
        var cancel = new CancellationTokenSource();
        lock (_refreshing)
        {
            _refresh?.Cancel();
            _refresh = cancel;
        }
        try
        {
            var build = _incremental.Generate(cancel.Token);
            lock (_state)
            {
                // Checked under the lock a change's update takes after cancelling: a refresh either lands before the
                // change (which is then applied on top of it) or not at all.
                if (cancel.IsCancellationRequested) return null;
                _incremental.Install(build);
                NeedsRefresh = !build.Result.Succeeded;
                return Publish(build.Result, full: true);
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        finally
        {
            lock (_refreshing)
            {
                if (_refresh == cancel) _refresh = null;
            }
            cancel.Dispose();
        }
    }

    /// <summary>Stops a running refresh (on a change, or when the server stops).</summary>
    public void CancelRefresh()
    {
        lock (_refreshing) _refresh?.Cancel();
    }

    private PreviewSite Publish(BuildResult result, bool full)
    {
        lock (_published)
        {
            var previous = _current;
            _current = result.Succeeded
                ? new PreviewSite(_incremental.Files, (full ? BasePathOf(sourceDir) : null) ?? previous.BasePath, result.Diagnostics, previous.Version + 1)
                : previous with { Diagnostics = result.Diagnostics, Version = previous.Version + 1 };
            return _current;
        }
    }

    private static string? BasePathOf(string sourceDir) =>
        SiteConfigLoader.Load(sourceDir, new List<Diagnostic>()) is { } config ? config.BasePath : null;
}

/// <summary>What one change did: the site now served, whether the edit was applied incrementally, and the time of each part.</summary>
public sealed record PreviewRebuild(PreviewSite Site, bool Incremental, IReadOnlyList<StageTiming> Timings);
