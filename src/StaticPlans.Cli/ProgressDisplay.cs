using StaticPlans.Building;

namespace StaticPlans.Cli;

/// <summary>
/// Shows a build's progress once it has run for two seconds: one updating line on a terminal, and plain
/// "stage: N items" lines when output goes to a log (CI), where carriage returns would only make noise.
/// </summary>
internal sealed class ProgressDisplay : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);
    private readonly BuildProgress _progress;
    private readonly TextWriter _output;
    private readonly TimeSpan _delay;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly Timer? _timer;
    private bool _drawn;

    public ProgressDisplay(BuildProgress progress) : this(progress, Console.Out, terminal: !Console.IsOutputRedirected, Delay)
    {
    }

    internal ProgressDisplay(BuildProgress progress, TextWriter output, bool terminal, TimeSpan delay)
    {
        _progress = progress;
        _output = output;
        _delay = delay;
        if (terminal)
        {
            _timer = new Timer(_ => Draw(), null, delay, TimeSpan.FromMilliseconds(250));
        }
        else
        {
            progress.StageStarted += (stage, total) =>
        {
            if (_clock.Elapsed < _delay) return;
            lock (this) _output.WriteLine(total > 0 ? $"{stage}: {total} items" : stage);
        };
        }
    }

    private void Draw()
    {
        var total = _progress.Total;
        var text = total > 0 ? $"{_progress.Stage} {_progress.Done}/{total}" : _progress.Stage;
        lock (this)
        {
            _output.Write($"\r{text,-40}");
            _drawn = true;
        }
    }

    public void Dispose()
    {
        // Wait for a draw in progress, so the line is not written again after it has been cleared.
        using (var stopped = new ManualResetEvent(false))
        {
            if (_timer is not null && _timer.Dispose(stopped)) stopped.WaitOne();
        }
        lock (this)
        {
            if (_drawn) _output.Write($"\r{"",-40}\r");
        }
    }
}
