using System.Globalization;
using System.Text;

namespace StaticPlans.Bench.CorpusGenerator;

/// <summary>
/// Fills {placeholders} in phrase-bank sentences with the plan's context and fresh numbers, so that no two
/// plans read identically even though they share a phrase bank.
/// </summary>
internal sealed class Placeholders(PlanContext context)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public void Expand(StringBuilder into, string template, ref Prng rng)
    {
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            if (open < 0) { into.Append(template, i, template.Length - i); return; }
            into.Append(template, i, open - i);
            int close = template.IndexOf('}', open);
            AppendValue(into, template.AsSpan(open + 1, close - open - 1), ref rng);
            i = close + 1;
        }
    }

    private void AppendValue(StringBuilder into, ReadOnlySpan<char> name, ref Prng rng)
    {
        switch (name)
        {
            case "year": into.Append(context.Year); break;
            case "next": into.Append(context.Year + 1); break;
            case "bureau": into.Append(context.Bureau.Name); break;
            case "level": into.Append(context.Bureau.Level); break;
            case "town": into.Append(rng.Pick(context.Towns)); break;
            case "money": AppendMoney(into, ref rng); break;
            case "schools": into.Append(rng.Between(2, 60)).Append('所'); break;
            case "items": into.Append(rng.Between(3, 48)).Append('项'); break;
            case "ge": into.Append(rng.Between(2, 30)).Append('个'); break;
            case "small": into.Append(rng.Between(6, 80)); break;
            case "persons": into.Append(rng.Between(12, 860)).Append('人'); break;
            case "seats": into.Append(rng.Between(12, 540) * 10).Append('个'); break;
            case "times": AppendPersonTimes(into, ref rng); break;
            case "pct": into.Append((rng.Between(850, 999) / 10.0).ToString("0.0", Invariant)).Append('%'); break;
            case "growth": into.Append((rng.Between(5, 180) / 10.0).ToString("0.0", Invariant)).Append('%'); break;
            case "area": AppendArea(into, ref rng); break;
            default: throw new InvalidOperationException($"Unknown placeholder {{{name}}}");
        }
    }

    private static void AppendMoney(StringBuilder into, ref Prng rng)
    {
        int roll = rng.Between(1, 100);
        if (roll <= 15) into.Append((rng.Between(102, 980) / 100.0).ToString("0.00", Invariant)).Append("亿元");
        else if (roll <= 55) into.Append((rng.Between(200, 98000) / 10.0).ToString("0.0", Invariant)).Append("万元");
        else into.Append(rng.Between(20, 9800)).Append("万元");
    }

    private static void AppendPersonTimes(StringBuilder into, ref Prng rng)
    {
        if (rng.Chance(50)) into.Append(rng.Between(300, 9800)).Append("人次");
        else into.Append((rng.Between(12, 186) / 10.0).ToString("0.0", Invariant)).Append("万人次");
    }

    private static void AppendArea(StringBuilder into, ref Prng rng)
    {
        if (rng.Chance(60)) into.Append(rng.Between(1200, 9800)).Append("平方米");
        else into.Append((rng.Between(10, 86) / 10.0).ToString("0.0", Invariant)).Append("万平方米");
    }
}
