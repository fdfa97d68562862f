using System.Diagnostics;
using StaticPlans.Diagnostics;
using StaticPlans.Model;
using StaticPlans.Output;

namespace StaticPlans.Building;

/// <summary>
/// One run of the pipeline: the diagnostics every stage adds to, the timing of each stage (what --verbose prints), and
/// the modelled site once there is one, for the summary's counts.
/// </summary>
internal sealed class BuildRun
{
    private readonly List<StageTiming> _timings = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _allocated = GC.GetTotalAllocatedBytes();
    private TimeSpan _cpu = ProcessFigures().Cpu;

    public DiagnosticBag Bag { get; } = new();

    /// <summary>Set by the model stage: a result counts its plans, topics and years even when a later stage failed.</summary>
    public Site? Site { get; set; }

    /// <summary>Ends the stage that is running: its time, CPU time and allocations since the previous one ended.</summary>
    public void Stage(string name)
    {
        var now = GC.GetTotalAllocatedBytes();
        var (cpuNow, peak) = ProcessFigures();
        _timings.Add(new StageTiming(name, _clock.Elapsed, GC.GetTotalMemory(false), peak, now - _allocated, cpuNow - _cpu));
        _allocated = now;
        _cpu = cpuNow;
        _clock.Restart();
    }

    /// <summary>
    /// A stage that ran beside others (the index, beside the insights and the render): its own time; its CPU time and allocations
    /// are in the lines of the stages it ran beside.
    /// </summary>
    public void Beside(string name, TimeSpan elapsed) => _timings.Add(new StageTiming(name, elapsed, Concurrent: true));

    public BuildResult Result(IReadOnlyList<OutputFile>? files = null, int fileCount = 0, int pageCount = 0) => new(Bag.ToSortedList(), _timings,
        Site?.Plans.Count ?? 0, pageCount, Site?.Config.Topics.Count ?? 0, Site?.Years.Count ?? 0, files ?? [], fileCount);

    /// <summary>The process's CPU time so far and its peak working set.</summary>
    /// <remarks>
    /// On Linux from the kernel's own counters (getrusage, through Environment.CpuUsage, and VmHWM in
    /// /proc/self/status, the line Process reads for the peak), not from System.Diagnostics.Process: loading it and
    /// reading every thread's /proc entry took about 8 ms the first time, a tenth of a no-op rebuild at 1,000 plans.
    /// </remarks>
    private static (TimeSpan Cpu, long PeakBytes) ProcessFigures()
    {
        if (OperatingSystem.IsLinux() && PeakFromStatus() is { } peak) return (Environment.CpuUsage.TotalTime, peak);
        using var process = Process.GetCurrentProcess();
        return (process.TotalProcessorTime, process.PeakWorkingSet64);
    }

    /// <summary>"VmHWM:    123456 kB" in /proc/self/status, in bytes; null when it cannot be read.</summary>
    private static long? PeakFromStatus()
    {
        try
        {
            var status = File.ReadAllBytes("/proc/self/status").AsSpan();
            var at = status.IndexOf("\nVmHWM:"u8);
            if (at < 0) return null;
            var line = status[(at + 7)..];
            line = line[..line.IndexOf((byte)'\n')].Trim(" \t"u8);
            return line.EndsWith(" kB"u8) && long.TryParse(line[..^3].Trim(" \t"u8), out var kib) ? kib * 1024 : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
