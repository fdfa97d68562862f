using System.Buffers;

namespace StaticPlans.Insights.Figures;

/// <summary>
/// Finds items that add up to a stated total (全年安排重点项目5个，计划投入3750万元，具体如下： and a table of five
/// amounts summing to it; or 校舍改造870万元，设备购置380万元，合计1250万元) and marks them as parts, so the total is
/// counted once (a table's 合计 row is such a total: its cell is labelled by the row's first cell). Only a run of consecutive stand-alone amounts right after the total (or right before a 合计) is
/// tried, and only an exact sum (to half a percent, for rounding) counts; a total written as 三千万元以上 or 3000余万元
/// is met by items between it and 15% more.
/// </summary>
internal static class MoneyParts
{
    private const int MaxItems = 30;
    private const decimal Rounding = 0.005m;
    private const decimal LooseAbove = 0.15m;

    public static void Mark<T>(IList<T> items, Func<T, Figure> figure, Func<T, Figure, T> replace)
    {
        var money = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (figure(items[i]).Class != MoneyClass.None) money.Add(i);
        }
        for (var k = 0; k < money.Count; k++)
        {
            var whole = figure(items[money[k]]);
            if (whole.Class is not (MoneyClass.Total or MoneyClass.MultiYear) || whole.ValueMax is not null)
            {
                continue;
            }
            var run = Items(items, figure, money, k, whole, step: 1) ?? (SaysSum(whole) ? Items(items, figure, money, k, whole, step: -1) : null);
            foreach (var index in run ?? [])
            {
                items[index] = replace(items[index], figure(items[index]) with { Class = MoneyClass.Part });
            }
        }
    }

    /// <summary>
    /// The amounts next to <paramref name="whole"/> (after it for <paramref name="step"/> 1, before it for -1) that add
    /// up to it: those are its parts. Rates and other amounts are passed over; anything else ends the run.
    /// </summary>
    private static List<int>? Items<T>(IList<T> items, Func<T, Figure> figure, List<int> money, int k, Figure whole, int step)
    {
        var run = new List<int>();
        var sum = 0m;
        for (var m = k + step; m >= 0 && m < money.Count && run.Count < MaxItems; m += step)
        {
            var item = figure(items[money[m]]);
            if (item.Class is MoneyClass.Rate or MoneyClass.Other) continue;
            if (item.Class != MoneyClass.Total || item.ValueMax is not null) break;
            run.Add(money[m]);
            sum += item.NormalizedValue;
            if (run.Count >= 2 && Meets(sum, whole)) return run;
            if (sum > Upper(whole)) break;
        }
        return null;
    }

    private static bool Meets(decimal sum, Figure whole)
    {
        var value = whole.NormalizedValue;
        return IsLoose(whole)
            ? sum >= value * (1 - Rounding) && sum <= value * (1 + LooseAbove)
            : Math.Abs(sum - value) <= value * Rounding;
    }

    private static decimal Upper(Figure whole) => whole.NormalizedValue * (1 + (IsLoose(whole) ? LooseAbove : Rounding));

    // 三千万元以上, 3000余万元, 3000多万元, 超过3000万元, 约3000万元: the items may add up to somewhat more.
    private static bool IsLoose(Figure whole)
    {
        var end = whole.MatchStart + whole.MatchLength;
        var s = whole.Sentence;
        var before = whole.MatchStart > 0 ? s[whole.MatchStart - 1] : '\0';
        var matched = s.AsSpan(whole.MatchStart, whole.MatchLength);
        return matched.Contains('余') || matched.Contains('多')
            || end + 2 <= s.Length && s.AsSpan(end, 2) is "以上"
            || before is '约' or '近' or '逾' || whole.MatchStart >= 2 && s.AsSpan(whole.MatchStart - 2, 2) is "超过";
    }

    // 合计1250万元, 共计, 总计, 共投入: the items were listed before.
    private static bool SaysSum(Figure whole)
    {
        if (IsSumWord(whole.Label)) return true; // a table's 合计 row

        var clause = whole.Sentence.AsSpan(0, whole.MatchStart);
        var cut = clause.LastIndexOfAny(ClauseBreaks);
        clause = clause[(cut + 1)..];
        return IsSumWord(clause) || clause.Contains('共');
    }

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create("，,；：");

    private static bool IsSumWord(ReadOnlySpan<char> text) =>
        text.Contains("合计", StringComparison.Ordinal) || text.Contains("共计", StringComparison.Ordinal)
        || text.Contains("总计", StringComparison.Ordinal) || text.Contains("小计", StringComparison.Ordinal);
}
