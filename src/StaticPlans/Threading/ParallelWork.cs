namespace StaticPlans.Threading;

/// <summary>The options every parallel loop of a build runs with.</summary>
public static class ParallelWork
{
    /// <summary>
    /// The build's cancellation, and the scheduler the build itself runs on. ParallelOptions would otherwise send the
    /// loop to the thread pool: serve runs its background full rebuild on threads of its own, so that the rebuild's
    /// loops cannot hold up the thread pool its file watcher, its requests and its edits need.
    /// </summary>
    public static ParallelOptions Options(CancellationToken cancel = default) =>
        new() { CancellationToken = cancel, TaskScheduler = TaskScheduler.Current };
}
