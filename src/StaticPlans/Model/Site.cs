namespace StaticPlans.Model;

/// <summary>The whole content model: configuration plus published plans, newest first.</summary>
public sealed record Site(SiteConfig Config, IReadOnlyList<Plan> Plans)
{
    private IReadOnlyList<int>? _years;
    private Dictionary<int, IReadOnlyList<Plan>>? _byYear;
    private Dictionary<string, IReadOnlyList<Plan>>? _byTopic;

    /// <summary>Newest first: year, then date, then slug, so listings are stable.</summary>
    public static IReadOnlyList<Plan> Order(IEnumerable<Plan> plans) =>
        plans.OrderByDescending(p => p.Year)
            .ThenByDescending(p => p.Date)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<int> Years => _years ??= Plans.Select(p => p.Year).Distinct().OrderByDescending(y => y).ToList();

    // Lookups are built once: pages ask for them per plan, and a scan per request would make rendering quadratic.
    public IReadOnlyList<Plan> PlansOfYear(int year)
    {
        _byYear ??= Plans.GroupBy(p => p.Year).ToDictionary(g => g.Key, g => (IReadOnlyList<Plan>)g.ToList());
        return _byYear.TryGetValue(year, out var plans) ? plans : [];
    }

    public IReadOnlyList<Plan> PlansOfTopic(string slug)
    {
        _byTopic ??= Config.Topics.ToDictionary(t => t.Slug, t => (IReadOnlyList<Plan>)Plans.Where(p => p.Topics.Contains(t.Slug)).ToList(), StringComparer.Ordinal);
        return _byTopic.TryGetValue(slug, out var plans) ? plans : [];
    }
}
