using System.Text.RegularExpressions;
using StaticPlans.Model;

namespace StaticPlans.Insights.Figures;

/// <summary>
/// Items that add up to a stated total across the sections of one document (issue 13): a plan states
/// 项目总投资6420万元 in 一、 and lists the projects in the tables and subsections of 三、项目清单. Two rules, both only
/// ever turning totals into parts (a total too low misleads less than one counted twice):
/// <list type="bullet">
/// <item>the totals in later sections that follow a stated total (rates, limits, parts, multi-year amounts and
/// restatements of the total itself in between are passed over) and add up to it exactly are its parts;</item>
/// <item>the totals under a heading that itemises (清单, 明细, 一览) are parts when an earlier total of the same
/// document, outside that section, is at least their sum: a list of items is not new money beside the whole.</item>
/// </list>
/// </summary>
internal static partial class MoneySections
{
    private const int MaxItems = 60;
    private const decimal Rounding = 0.005m;

    public static void Mark(Plan plan, List<PlanFigure> figures)
    {
        var order = plan.Sections.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        int IndexOf(PlanFigure f) => f.Section is null ? -1 : order.GetValueOrDefault(f.Section.Id, -1);
        for (var k = 0; k < figures.Count; k++)
        {
            if (!IsWhole(figures[k].Figure)) continue;
            if (AddsUpAfter(figures, k, IndexOf) is { } run) MarkParts(figures, run);
        }
        for (var s = 0; s < plan.Sections.Count; s++)
        {
            if (!Itemises().IsMatch(plan.Sections[s].Heading)) continue;
            var subtree = Subtree(plan, s);
            var items = Enumerable.Range(0, figures.Count)
                .Where(i => subtree.Contains(IndexOf(figures[i])) && IsWhole(figures[i].Figure))
                .ToList();
            if (items.Count < 2) continue;
            var sum = items.Sum(i => figures[i].Figure.NormalizedValue);
            var first = items[0];
            var hasWhole = Enumerable.Range(0, first).Any(i => !subtree.Contains(IndexOf(figures[i])) && IsWhole(figures[i].Figure)
                && figures[i].Figure.NormalizedValue >= sum * (1 - Rounding));
            if (hasWhole) MarkParts(figures, items);
        }
    }

    private static bool IsWhole(Figure f) => f.Class == MoneyClass.Total && f.ValueMax is null;

    private static List<int>? AddsUpAfter(List<PlanFigure> figures, int k, Func<PlanFigure, int> indexOf)
    {
        var whole = figures[k].Figure;
        var home = indexOf(figures[k]);
        var run = new List<int>();
        var sum = 0m;
        for (var m = k + 1; m < figures.Count && run.Count < MaxItems; m++)
        {
            var item = figures[m].Figure;
            if (item.Class == MoneyClass.None || item.Class != MoneyClass.Total) continue;
            if (item.ValueMax is not null) return null;
            if (item.NormalizedValue == whole.NormalizedValue && run.Count == 0) continue; // 项目总投资6420万元 said again
            // A total beside the whole in its own section is more money, not a listed item: stop there.
            if (indexOf(figures[m]) <= home) return null;
            run.Add(m);
            sum += item.NormalizedValue;
            if (run.Count >= 2 && Math.Abs(sum - whole.NormalizedValue) <= whole.NormalizedValue * Rounding) return run;
            if (sum > whole.NormalizedValue * (1 + Rounding)) return null;
        }
        return null;
    }

    private static void MarkParts(List<PlanFigure> figures, List<int> indexes)
    {
        foreach (var i in indexes)
        {
            figures[i] = figures[i] with { Figure = figures[i].Figure with { Class = MoneyClass.Part } };
        }
    }

    private static HashSet<int> Subtree(Plan plan, int root)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { plan.Sections[root].Id };
        var result = new HashSet<int> { root };
        for (var i = root + 1; i < plan.Sections.Count; i++)
        {
            if (plan.Sections[i].ParentId is not { } parent || !ids.Contains(parent)) break;
            ids.Add(plan.Sections[i].Id);
            result.Add(i);
        }
        return result;
    }

    // 三、项目清单, 资金明细, 重点项目一览表: the section lists items, each a share of some stated whole.
    [GeneratedRegex("清单|明细|一览")]
    private static partial Regex Itemises();
}
