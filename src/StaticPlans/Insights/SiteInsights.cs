using StaticPlans.Insights.Figures;
using StaticPlans.Model;

namespace StaticPlans.Insights;

/// <summary>A figure with where it was found: the section (null for the text before the first heading) and its topics.</summary>
/// <remarks>A value, held inline in each plan's list: as an object it was 868,000 of them at 10,000 plans, each copied
/// by the collector on its way to the old generation.</remarks>
public readonly record struct PlanFigure(Section? Section, IReadOnlyList<string> Topics, Figure Figure);

/// <summary>An earlier year's section similar to a given one.</summary>
/// <remarks>A value, held inline in the section's array: as objects they were 563,000 at 10,000 plans.</remarks>
public readonly record struct RelatedLink(Plan Plan, Section Section, double Similarity);

/// <summary>Whether an amount is what a plan intends (计划, 要点) or what a summary reports (总结).</summary>
public enum MoneyBasis
{
    Planned,
    Reported,
}

/// <summary>A money figure with the plan it is in.</summary>
/// <param name="Counted">False for an amount equal to one already counted in the same sum (a key points document
/// restating its year's plan): it is listed, but the same money is not added twice.</param>
/// <param name="OtherDocument">Not counted because another document of the same row states more money for it: the
/// year's documents restate and overlap each other's money (a work plan sums up a topic's own plan).</param>
public sealed record MoneySource(Plan Plan, PlanFigure Figure, bool Counted = true, bool OtherDocument = false);

/// <summary>
/// The stand-alone totals (<see cref="MoneyClass.Total"/>) of one year's plans, or of its summaries, about one topic,
/// in yuan (ranges count with their lower end); <see cref="Slug"/> is null for amounts that name no topic or several.
/// Planned and reported money are never added together: the plan and the summary of a year often name the same money.
/// </summary>
public sealed record TopicMoney(string? Slug, int Year, MoneyBasis Basis, decimal Yuan, IReadOnlyList<MoneySource> Sources)
{
    public int FigureCount => Sources.Count;
}

/// <summary>An amount over several years (<see cref="MoneyClass.MultiYear"/>): listed as such, never in a year's sum.</summary>
public sealed record MultiYearMoney(int Year, MoneyBasis Basis, MoneySource Source);

/// <summary>
/// What the build learns from the text of the whole site: figures per plan, related sections across years,
/// summary ↔ plan counterparts and money per topic and year. Computed once, after the model stage.
/// </summary>
public sealed class SiteInsights
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<PlanFigure>> _figures;
    private readonly OrdinalMap<IReadOnlyList<RelatedLink>> _related;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Plan>> _counterparts;

    internal SiteInsights(
        IReadOnlyDictionary<string, IReadOnlyList<PlanFigure>> figures,
        OrdinalMap<IReadOnlyList<RelatedLink>> related,
        IReadOnlyDictionary<string, IReadOnlyList<Plan>> counterparts,
        IReadOnlyList<TopicMoney> money,
        IReadOnlyList<MultiYearMoney> multiYear)
    {
        MultiYear = multiYear;
        _figures = figures;
        _related = related;
        _counterparts = counterparts;
        Money = money;
    }

    public static SiteInsights Empty { get; } = new(
        new OrdinalMap<IReadOnlyList<PlanFigure>>([]), new OrdinalMap<IReadOnlyList<RelatedLink>>([]),
        new OrdinalMap<IReadOnlyList<Plan>>([]), [], []);

    /// <summary>Ordered by year, then planned before reported, then by topic in site.yml order (no topic last).</summary>
    public IReadOnlyList<TopicMoney> Money { get; }

    /// <summary>Multi-year amounts in plan order (year, then the plan's place in the site), then document order.</summary>
    public IReadOnlyList<MultiYearMoney> MultiYear { get; }

    public IReadOnlyList<PlanFigure> FiguresOf(Plan plan) => _figures.TryGetValue(plan.Path, out var f) ? f : [];

    /// <remarks>The key is put together on the stack: a plan page asks once per section.</remarks>
    public IReadOnlyList<RelatedLink> RelatedTo(Plan plan, Section section)
    {
        var length = plan.Path.Length + 1 + section.Id.Length;
        var key = length <= 256 ? stackalloc char[length] : new char[length];
        plan.Path.CopyTo(key);
        key[plan.Path.Length] = '#';
        section.Id.CopyTo(key[(plan.Path.Length + 1)..]);
        return _related.TryGetValue(key, out var r) ? r : [];
    }

    /// <summary>The same bureau's documents of the same year on the other side: summaries for a plan, plans for a summary.</summary>
    public IReadOnlyList<Plan> CounterpartsOf(Plan plan) => _counterparts.TryGetValue(plan.Path, out var c) ? c : [];

    public static SiteInsights Compute(Site site, Action<string>? stage = null, CancellationToken cancel = default) =>
        SiteInsightsBuilder.Compute(site, stage, cancel);

    internal static string SectionKey(Plan plan, Section section) => plan.Path + "#" + section.Id;
}
