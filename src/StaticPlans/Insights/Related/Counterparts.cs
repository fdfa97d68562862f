using StaticPlans.Model;

namespace StaticPlans.Insights.Related;

/// <summary>
/// Pairs a year's summary (总结) with the same bureau's plans (计划, 要点) of that year, and the other way round.
/// The side is read from the kind's display name, so it works with any kind keys a site.yml defines; a
/// 工作总结和计划 is on both sides and pairs with every other document of its year and bureau.
/// </summary>
public static class Counterparts
{
    public static bool IsSummary(Plan plan) => plan.KindName.Contains("总结", StringComparison.Ordinal);

    public static bool IsPlan(Plan plan) =>
        plan.KindName.Contains("计划", StringComparison.Ordinal) || plan.KindName.Contains("要点", StringComparison.Ordinal);

    public static IReadOnlyList<Plan> Of(Plan plan, IReadOnlyList<Plan> all)
    {
        var summary = IsSummary(plan);
        var planning = IsPlan(plan);
        if (!summary && !planning)
        {
            return [];
        }
        return all
            .Where(other => !ReferenceEquals(other, plan) && other.Year == plan.Year
                && string.Equals(other.Bureau, plan.Bureau, StringComparison.Ordinal)
                && (summary && IsPlan(other) || planning && IsSummary(other)))
            .OrderBy(other => other.Path, StringComparer.Ordinal)
            .ToArray();
    }
}
