namespace StaticPlans.Model;

/// <summary>The whole content model: configuration plus published plans, newest first.</summary>
public sealed partial record Site(SiteConfig Config, IReadOnlyList<Plan> Plans)
{
    private IReadOnlyList<int>? _years;
    private Dictionary<int, IReadOnlyList<Plan>>? _byYear;
    private Dictionary<string, IReadOnlyList<Plan>>? _byTopic;
    private Dictionary<string, Plan>? _byPath;

    /// <summary>Newest first: year, then date, then slug, so listings are stable.</summary>
    public static IReadOnlyList<Plan> Order(IEnumerable<Plan> plans) => plans.Order(NewestFirst.Instance).ToList();

    public IReadOnlyList<int> Years => _years ??= Plans.Select(p => p.Year).Distinct().OrderByDescending(y => y).ToList();

    // Lookups are built once: pages ask for them per plan, and a scan per request would make rendering quadratic.
    public IReadOnlyList<Plan> PlansOfYear(int year) => ByYear().TryGetValue(year, out var plans) ? plans : [];

    public IReadOnlyList<Plan> PlansOfTopic(string slug) => ByTopic().TryGetValue(slug, out var plans) ? plans : [];

    /// <summary>The plan published at a site path ("plans/2024/x/"), or null.</summary>
    public Plan? PlanAt(string path) => ByPath().GetValueOrDefault(path);

    private Dictionary<int, IReadOnlyList<Plan>> ByYear() =>
        _byYear ??= Plans.GroupBy(p => p.Year).ToDictionary(g => g.Key, g => (IReadOnlyList<Plan>)g.ToList());

    private Dictionary<string, IReadOnlyList<Plan>> ByTopic() =>
        _byTopic ??= Config.Topics.ToDictionary(t => t.Slug, t => (IReadOnlyList<Plan>)Plans.Where(p => p.Topics.Contains(t.Slug)).ToList(), StringComparer.Ordinal);

    private Dictionary<string, Plan> ByPath()
    {
        if (_byPath is { } built) return built;
        // The first plan wins, as in the listings, should a caller pass two plans with one URL.
        var byPath = new Dictionary<string, Plan>(Plans.Count, StringComparer.Ordinal);
        foreach (var plan in Plans) byPath.TryAdd(plan.Path, plan);
        return _byPath = byPath;
    }

    /// <summary>
    /// Where <paramref name="plan"/> (that very record) is in a list in <see cref="NewestFirst"/> order, by binary
    /// search; -1 when it is not in it.
    /// </summary>
    public static int IndexIn(IReadOnlyList<Plan> newestFirst, Plan plan)
    {
        int low = 0, high = newestFirst.Count - 1;
        while (low <= high)
        {
            var mid = low + (high - low) / 2;
            var order = NewestFirst.Instance.Compare(newestFirst[mid], plan);
            if (order == 0) return ReferenceEquals(newestFirst[mid], plan) ? mid : -1;
            if (order < 0) low = mid + 1;
            else high = mid - 1;
        }
        return -1;
    }

    /// <summary>The listing order: newest year first, then newest date, then slug. URLs are unique, so no two plans tie.</summary>
    public sealed class NewestFirst : IComparer<Plan>
    {
        public static NewestFirst Instance { get; } = new();

        public int Compare(Plan? x, Plan? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null) return -1;
            if (y is null) return 1;
            var byYear = y.Year.CompareTo(x.Year);
            if (byYear != 0) return byYear;
            var byDate = y.Date.CompareTo(x.Date);
            return byDate != 0 ? byDate : string.CompareOrdinal(x.Slug, y.Slug);
        }
    }
}
