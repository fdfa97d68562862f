using System.Text.RegularExpressions;
using StaticPlans.Model;

namespace StaticPlans.Insights.Figures;

/// <summary>
/// Adds up the money of the site for charts (issue 13). Only stand-alone totals enter a sum; a multi-year amount is
/// listed apart; planned money (plans, key points) and reported money (summaries) are summed apart, since a summary
/// reports the money its year's plan announced; within a row only one document's money is counted
/// (<see cref="OneDocument"/>). A figure counts under its topic when it has exactly one; amounts that
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
            // The groups each amount of this plan went to: one amount said twice in a plan, under two topics
            // (资金1680万元 in the goals, 1680万元单独核算 below the table), is still one amount.
            var stated = new Dictionary<(decimal, int, MoneyBasis), (string?, int, MoneyBasis)>();
            foreach (var figure in figures[i])
            {
                if (figure.Figure.Class != MoneyClass.Total) continue;
                var (year, basis) = YearAndBasis(site, plans[i], figure.Section);
                if (NamesOtherYear(figure.Figure.Sentence, year)) continue;
                var key = (figure.Topics.Count == 1 ? figure.Topics[0] : null, year, basis);
                if (stated.TryGetValue((figure.Figure.NormalizedValue, year, basis), out var first) && first != key) continue;
                stated[(figure.Figure.NormalizedValue, year, basis)] = key;
                if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
                list.Add(new MoneySource(plans[i], figure));
            }
        }
        var order = site.Config.Topics.Select((t, i) => (t.Slug, i)).ToDictionary(t => t.Slug, t => t.i, StringComparer.Ordinal);
        return groups
            .Select(g => (g.Key, Sources: OnceEach(OneDocument(g.Value))))
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
        return sources.Select(s => !s.Counted || seen.Add(s.Figure.Figure.NormalizedValue) ? s : s with { Counted = false }).ToList();
    }

    /// <summary>
    /// Documents of one year restate and overlap each other's money: the work plan's 全年计划发放资助资金2150万元
    /// and the student aid plan's 3120万元 are the same year's aid, told twice. Adding documents would count it
    /// twice, so a row counts the document that states the most money and lists the others uncounted.
    /// </summary>
    private static List<MoneySource> OneDocument(List<MoneySource> sources)
    {
        var best = sources.Where(s => s.Counted).GroupBy(s => s.Plan.Path, StringComparer.Ordinal)
            .Select(g => (Path: g.Key, Sum: g.Sum(s => s.Figure.Figure.NormalizedValue)))
            .Aggregate(((string Path, decimal Sum)?)null, (a, b) => a is null || b.Sum > a.Value.Sum ? b : a);
        if (best is null) return sources;
        return sources.Select(s => s.Counted && !string.Equals(s.Plan.Path, best.Value.Path, StringComparison.Ordinal)
            ? s with { Counted = false, OtherDocument = true } : s).ToList();
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

    /// <summary>
    /// A sentence that opens with another year (2024年，全县共发放… in the 2025 plan) states that year's money, as a
    /// baseline: it is not the money of the year it is summed under, and who reported it is not this document.
    /// </summary>
    private static bool NamesOtherYear(string sentence, int year)
    {
        var match = OpeningYear().Match(sentence);
        return match.Success && int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) != year;
    }

    // 2024年，… / 2024年全县… at the start of the sentence; not 2024—2026年 or 2022年以来 (spans, read as multi-year).
    [GeneratedRegex(@"^(\d{4})年(?![以至到—–\-－~～])")]
    private static partial Regex OpeningYear();

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
