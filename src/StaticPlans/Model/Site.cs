namespace StaticPlans.Model;

/// <summary>The whole content model: configuration plus published plans, newest first.</summary>
public sealed record Site(SiteConfig Config, IReadOnlyList<Plan> Plans)
{
    /// <summary>Newest first: year, then date, then slug, so listings are stable.</summary>
    public static IReadOnlyList<Plan> Order(IEnumerable<Plan> plans) =>
        plans.OrderByDescending(p => p.Year)
            .ThenByDescending(p => p.Date)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<int> Years =>
        Plans.Select(p => p.Year).Distinct().OrderByDescending(y => y).ToList();

    public IReadOnlyList<Plan> PlansOfYear(int year) => Plans.Where(p => p.Year == year).ToList();

    public IReadOnlyList<Plan> PlansOfTopic(string slug) => Plans.Where(p => p.Topics.Contains(slug)).ToList();
}
