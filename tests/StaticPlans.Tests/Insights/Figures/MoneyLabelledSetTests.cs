using System.Globalization;
using StaticPlans.Insights.Figures;
using StaticPlans.Output.OpenData;
using StaticPlans.Tests.Support;
using Xunit.Abstractions;

namespace StaticPlans.Tests.Insights.Figures;

/// <summary>
/// The measured figures of issue 13 on money-labelled.tsv: how often the class of an amount is right, and how much
/// of the money a chart would add up is really stand-alone totals. Printed so they can be quoted.
/// </summary>
public class MoneyLabelledSetTests(ITestOutputHelper output)
{
    private sealed record Labelled(string Split, string Text, IReadOnlyList<(string Matched, MoneyClass Class)> Amounts);

    [Fact]
    public void Money_amounts_in_bureau_style_text_are_classified_and_only_totals_would_be_charted()
    {
        var set = Read();
        var results = set.SelectMany(Score).ToList();

        foreach (var split in results.Select(r => r.Split).Distinct().Append("all"))
        {
            var part = results.Where(r => split == "all" || r.Split == split).ToList();
            if (part.Count == 0) continue;
            var correct = part.Count(r => r.Predicted == r.Gold);
            var charted = part.Where(r => r.Predicted == MoneyClass.Total).ToList();
            var chartedYuan = charted.Sum(r => r.Yuan);
            var trueYuan = charted.Where(r => r.Gold == MoneyClass.Total).Sum(r => r.Yuan);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{split}: {part.Count} amounts ({string.Join(", ", part.GroupBy(r => r.Gold).OrderBy(g => g.Key).Select(g => Name(g.Key) + " " + g.Count()))}); " +
                $"classification accuracy {(double)correct / part.Count:0.000} ({correct}/{part.Count}); " +
                $"charted precision {(chartedYuan == 0 ? 1 : (double)(trueYuan / chartedYuan)):0.000} of the money " +
                $"({charted.Count(r => r.Gold == MoneyClass.Total)}/{charted.Count} amounts); " +
                $"rates summed {charted.Count(r => r.Gold == MoneyClass.Rate)}, parts summed {charted.Count(r => r.Gold == MoneyClass.Part)}"));
        }
        foreach (var miss in results.Where(r => r.Predicted != r.Gold))
        {
            output.WriteLine($"  {miss.Split}: {miss.Matched} is {Name(miss.Gold)}, read as {Name(miss.Predicted)}: {miss.Text}");
        }

        Assert.True(results.Count >= 60, $"{results.Count} amounts");
        Assert.All(Enum.GetValues<MoneyClass>().Where(c => c != MoneyClass.None), c => Assert.Contains(results, r => r.Gold == c));
        var accuracy = (double)results.Count(r => r.Predicted == r.Gold) / results.Count;
        Assert.True(accuracy >= 0.95, $"accuracy {accuracy:0.000}");
        var summed = results.Where(r => r.Predicted == MoneyClass.Total).ToList();
        var precision = (double)(summed.Where(r => r.Gold == MoneyClass.Total).Sum(r => r.Yuan) / summed.Sum(r => r.Yuan));
        Assert.True(precision >= 0.98, $"charted precision {precision:0.000}");
        Assert.DoesNotContain(summed, r => r.Gold is MoneyClass.Rate or MoneyClass.Part);
    }

    private sealed record Scored(string Split, string Text, string Matched, MoneyClass Gold, MoneyClass Predicted, decimal Yuan);

    private static IEnumerable<Scored> Score(Labelled item)
    {
        var found = FigureExtractor.Extract(item.Text).Where(f => f.Category == FigureCategory.Money).ToList();
        for (var i = 0; i < item.Amounts.Count; i++)
        {
            var (matched, gold) = item.Amounts[i];
            // An amount the extractor missed or read differently counts as misclassified (MoneyClass.None).
            var figure = i < found.Count && found[i].Matched == matched ? found[i] : null;
            yield return new Scored(item.Split, item.Text, matched, gold, figure?.Class ?? MoneyClass.None, figure?.NormalizedValue ?? 0);
        }
    }

    private static List<Labelled> Read()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "StaticPlans.Tests", "Insights", "Figures", "money-labelled.tsv");
        return File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("split\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .Select(c => new Labelled(c[0], c[1].Replace("\\n", "\n", StringComparison.Ordinal),
                c[2].Split(" | ").Select(a => a.Split('=')).Select(a => (a[0], Parse(a[1]))).ToList()))
            .ToList();
    }

    private static MoneyClass Parse(string name) => name switch
    {
        "total" => MoneyClass.Total,
        "part" => MoneyClass.Part,
        "rate" => MoneyClass.Rate,
        "multi-year" => MoneyClass.MultiYear,
        "other" => MoneyClass.Other,
        _ => throw new FormatException("unknown class " + name),
    };

    private static string Name(MoneyClass c) => c == MoneyClass.None ? "not found" : PlansJsonWriter.ClassName(c) ?? "";
}
