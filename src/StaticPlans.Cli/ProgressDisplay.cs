using StaticPlans.Building;

namespace StaticPlans.Cli;

/// <summary>
/// Shows a build's progress once it has run for two seconds: one updating line on a terminal, and plain
/// "stage N" lines when output goes to a log (CI), where carriage returns would only make noise.
/// </summary>
internal sealed class ProgressDisplay : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);
    private readonly BuildProgress _progress;
    private readonly bool _terminal = !Console.IsOutputRedirected;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly Timer? _timer;
    private bool _drawn;

    public ProgressDisplay(BuildProgress progress)
    {
        _progress = progress;
        if (_terminal) _timer = new Timer(_ => Draw(), null, Delay, TimeSpan.FromMilliseconds(250));
        else progress.StageStarted += (stage, total) =>
        {
            if (_clock.Elapsed >= Delay) Console.WriteLine(total > 0 ? $"{stage}: {total} items" : stage);
        };
    }

    private void Draw()
    {
        var total = _progress.Total;
        var text = total > 0 ? $"{_progress.Stage} {_progress.Done}/{total}" : _progress.Stage;
        lock (this)
        {
            Console.Write($"\r{text,-40}");
            _drawn = true;
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        lock (this)
        {
            if (_drawn) Console.Write($"\r{"",-40}\r");
        }
    }
}
