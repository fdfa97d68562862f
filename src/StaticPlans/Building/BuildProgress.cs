namespace StaticPlans.Building;

/// <summary>What a running build is doing, read by the CLI to show progress on long builds. Thread-safe.</summary>
public sealed class BuildProgress
{
    private int _done;

    public string Stage { get; private set; } = "load";
    public int Total { get; private set; }
    public int Done => Volatile.Read(ref _done);

    /// <summary>Called when a stage begins; CI logs print one line per stage from this.</summary>
    public event Action<string, int>? StageStarted;

    internal void Start(string stage, int total)
    {
        Stage = stage;
        Total = total;
        Volatile.Write(ref _done, 0);
        StageStarted?.Invoke(stage, total);
    }

    internal void Step() => Interlocked.Increment(ref _done);
}
