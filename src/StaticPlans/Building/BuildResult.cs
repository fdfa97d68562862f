using StaticPlans.Diagnostics;
using StaticPlans.Output;

namespace StaticPlans.Building;

public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<StageTiming> Timings,
    int PlanCount,
    int PageCount,
    int TopicCount,
    int YearCount,
    IReadOnlyList<OutputFile> Files, // a generate (check, serve) keeps them; a build streams them to disk and leaves this empty
    int FileCount = 0,
    bool UpToDate = false)
{
    /// <summary>Advice about the site as built that is not a problem of any file (e.g. robots.txt under a path).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>The output folder was refused (a usage error, exit code 2): nothing was read or written.</summary>
    public bool OutputRefused => Diagnostics.Any(d => d.Code is DiagnosticCodes.OutputUnsafe or DiagnosticCodes.OutputNotOurs);
    // A stage that ran beside others is inside their time already.
    public TimeSpan Total => Timings.Where(t => !t.Concurrent).Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
}
