using System.Text.RegularExpressions;
using StaticPlans.Model;

namespace StaticPlans.Insights;

/// <summary>
/// Adds up the money of the site for charts (issue 13). Only stand-alone totals enter a sum; a multi-year amount is
/// listed apart; planned money (plans, key points) and reported money (summaries) are summed apart, since a summary
/// reports the money its year's plan announced. A figure counts under its topic when it has exactly one; amounts that
/// name no topic or several are summed under no topic (null), never under each of them; an amount named twice in
/// one sum is added once (<see cref="OnceEach"/>).
/// </summary>
internal static partial class MoneyTotals
{
    public static IReadOnlyList<TopicMoney> Sums(Site site, IReadOnlyList<Plan> plans, IReadOnlyList<PlanFigure>[] figures)
    {
        var groups = new Dictionary<(string? Slug, int Year, MoneyBasis Basis), List<MoneySource>>();
        for (var i = 0; i < plans.Count; i++)
        {
            foreach (var figure in figures[i])
            {
                if (figure.Figure.Class != MoneyClass.Total) continue;
                var (year, basis) = YearAndBasis(site, plans[i], figure.Section);
                var key = (figure.Topics.Count == 1 ? figure.Topics[0] : null, year, basis);
                if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
                list.Add(new MoneySource(plans[i], figure));
            }
        }
        var order = site.Config.Topics.Select((t, i) => (t.Slug, i)).ToDictionary(t => t.Slug, t => t.i, StringComparer.Ordinal);
        return groups
            .Select(g => (g.Key, Sources: OnceEach(g.Value)))
            .Select(g => new TopicMoney(g.Key.Slug, g.Key.Year, g.Key.Basis,
                FigureUnits.Normalize(g.Sources.Where(s => s.Counted).Sum(s => s.Figure.Figure.NormalizedValue)), g.Sources))
            .OrderBy(m => m.Year)
            .ThenBy(m => m.Basis)
            .ThenBy(m => m.Slug is null ? int.MaxValue : order.GetValueOrDefault(m.Slug, int.MaxValue - 1))
            .ThenBy(m => m.Slug ?? "", StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// The year's documents about a topic often name the same money more than once: the work plan and a key points
    /// document both announce 智慧校园建设380万元, a plan restates in its introduction what a section says. An amount
    /// equal to one already counted in the sum is listed but not added again: two different sums of exactly the
    /// same size are rarer than a restatement, and a total that is too low misleads less than one counted twice.
    /// </summary>
    private static List<MoneySource> OnceEach(List<MoneySource> sources)
    {
        var seen = new HashSet<decimal>();
        return sources.Select(s => seen.Add(s.Figure.Figure.NormalizedValue) ? s : s with { Counted = false }).ToList();
    }

    public static IReadOnlyList<MultiYearMoney> MultiYear(Site site, IReadOnlyList<Plan> plans, IReadOnlyList<PlanFigure>[] figures)
    {
        var result = new List<(MultiYearMoney Money, int Plan)>();
        for (var i = 0; i < plans.Count; i++)
        {
            foreach (var figure in figures[i])
            {
                if (figure.Figure.Class != MoneyClass.MultiYear) continue;
                var (year, basis) = YearAndBasis(site, plans[i], figure.Section);
                result.Add((new MultiYearMoney(year, basis, new MoneySource(plans[i], figure)), i));
            }
        }
        // Stable sort: figures of one plan keep document order.
        return result.OrderBy(m => m.Money.Year).ThenBy(m => m.Plan).Select(m => m.Money).ToArray();
    }

    /// <summary>
    /// A summary (a kind whose key or name says summary/总结) reports; a plan or key points plan. A document that is
    /// both (工作总结和计划) reports under a chapter about the past (…总结, 回顾, 成效) and plans under the others; a
    /// chapter that names a year next to the document's (三、2022年工作计划 in the 2021 document) is that year's.
    /// </summary>
    internal static (int Year, MoneyBasis Basis) YearAndBasis(Site site, Plan plan, Section? section)
    {
        var name = site.Config.KindName(plan.Kind);
        var summary = plan.Kind.Contains("summary", StringComparison.OrdinalIgnoreCase) || name.Contains("总结", StringComparison.Ordinal);
        var planning = plan.Kind.Contains("plan", StringComparison.OrdinalIgnoreCase) || name.Contains("计划", StringComparison.Ordinal)
            || name.Contains("要点", StringComparison.Ordinal);
        if (!summary) return (plan.Year, MoneyBasis.Planned);
        if (!planning || section is null) return (plan.Year, MoneyBasis.Reported);
        var chapter = StaticPlans.Text.TextFolding.Fold(TopLevel(plan, section).Heading);
        var basis = PastWords().IsMatch(chapter) ? MoneyBasis.Reported : MoneyBasis.Planned;
        var named = YearIn().Match(chapter);
        var year = named.Success && int.TryParse(named.Value, out var y) && Math.Abs(y - plan.Year) <= 1 ? y : plan.Year;
        return (year, basis);
    }

    private static Section TopLevel(Plan plan, Section section)
    {
        var current = section;
        while (current.ParentId is { } parentId && plan.Sections.FirstOrDefault(s => s.Id == parentId) is { } parent)
        {
            current = parent;
        }
        return current;
    }

    [GeneratedRegex("总结|回顾|成效|成绩|完成情况|进展")]
    private static partial Regex PastWords();

    [GeneratedRegex(@"(?<!\d)\d{4}(?=年)")]
    private static partial Regex YearIn();
}
