using System.Collections.Concurrent;

namespace StaticPlans.Serve;

/// <summary>
/// Runs serve's background full rebuild on threads of its own. A build's parallel loops run on whatever scheduler is
/// current (ParallelWork.Options passes TaskScheduler.Current on), so inside a task started here they never occupy the
/// thread pool: the watcher's timer, Kestrel's requests and the next edit's update stay responsive while the
/// rebuild uses every core, and the operating system shares the CPU between them.
/// </summary>
public sealed class RefreshScheduler : TaskScheduler, IDisposable
{
    private readonly BlockingCollection<Task> _queue = new();
    private readonly Thread[] _threads;

    public RefreshScheduler(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _threads = new Thread[threads];
        for (var i = 0; i < threads; i++)
        {
            _threads[i] = new Thread(Work) { IsBackground = true, Name = $"staticplans-refresh-{i + 1}" };
            _threads[i].Start();
        }
    }

    public override int MaximumConcurrencyLevel => _threads.Length;

    /// <summary>Starts <paramref name="work"/> on these threads.</summary>
    public Task Run(Action work) => Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, this);

    private void Work()
    {
        foreach (var task in _queue.GetConsumingEnumerable()) TryExecuteTask(task);
    }

    protected override void QueueTask(Task task)
    {
        try
        {
            _queue.Add(task);
        }
        catch (InvalidOperationException)
        {
            // Disposed: serve is stopping, and the refresh is no longer wanted.
        }
    }

    // Inlining is what lets a parallel loop's calling thread take part in it; only on our own threads.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        Array.IndexOf(_threads, Thread.CurrentThread) >= 0 && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    public void Dispose() => _queue.CompleteAdding();
}
