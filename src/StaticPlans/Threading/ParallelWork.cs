namespace StaticPlans.Threading;

/// <summary>The options every parallel loop of a build runs with.</summary>
public static class ParallelWork
{
    /// <summary>The build's cancellation: a cancelled build (serve's refresh, when a change comes) stops between items.</summary>
    public static ParallelOptions Options(CancellationToken cancel = default) => new() { CancellationToken = cancel };
}
