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
    IReadOnlyList<OutputFile> Files)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
    public TimeSpan Total => Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
}
