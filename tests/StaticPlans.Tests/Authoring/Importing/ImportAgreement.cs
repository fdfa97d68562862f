using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticPlans.Text;

namespace StaticPlans.Tests.Authoring.Importing;

/// <summary>
/// How close an imported plan is to a hand-cleaned one.
/// <para>Heading agreement: the F1 score of the headings, a heading counting as found when the other side has one of
/// the same level and the same text (compared folded: full-width/half-width and spaces do not matter; each heading
/// matches at most once). Precision is the share of imported headings that are clean ones, recall the share of clean
/// headings imported.</para>
/// <para>Paragraph agreement: the Dice coefficient of the character bigrams (as a multiset) of the body text without
/// headings and front matter, spaces removed: 2·|A∩B| / (|A|+|B|). Order-free, so a scrape whose pages came out of
/// order is not punished twice; a lost, kept or garbled sentence lowers it by its length.</para>
/// </summary>
public sealed record ImportAgreement(double HeadingPrecision, double HeadingRecall, double HeadingF1, double Paragraphs,
    int CleanHeadings, int ImportedHeadings)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseYamlFrontMatter().Build();

    public static ImportAgreement Measure(string importedMarkdown, string cleanMarkdown)
    {
        var (importedHeadings, importedBody) = Read(importedMarkdown);
        var (cleanHeadings, cleanBody) = Read(cleanMarkdown);
        var remaining = cleanHeadings.GroupBy(h => h).ToDictionary(g => g.Key, g => g.Count());
        var matched = 0;
        foreach (var heading in importedHeadings)
            if (remaining.TryGetValue(heading, out var n) && n > 0) { remaining[heading] = n - 1; matched++; }
        var precision = importedHeadings.Count == 0 ? 0 : (double)matched / importedHeadings.Count;
        var recall = cleanHeadings.Count == 0 ? 1 : (double)matched / cleanHeadings.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ImportAgreement(precision, recall, f1, Dice(importedBody, cleanBody), cleanHeadings.Count, importedHeadings.Count);
    }

    public override string ToString() =>
        $"headings F1 {HeadingF1:0.000} (precision {HeadingPrecision:0.000}, recall {HeadingRecall:0.000}; {ImportedHeadings} imported, {CleanHeadings} clean), paragraphs {Paragraphs:0.000}";

    private static (List<string> Headings, string Body) Read(string markdown)
    {
        var document = Markdown.Parse(markdown.Replace("\r\n", "\n"), Pipeline);
        var headings = new List<string>();
        var body = new System.Text.StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is Markdig.Extensions.Yaml.YamlFrontMatterBlock) continue;
            var text = Normalise(block.Inline is null ? "" : string.Concat(block.Inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())));
            if (block is HeadingBlock heading) headings.Add(heading.Level + " " + text);
            else body.Append(text);
        }
        return (headings, body.ToString());
    }

    private static string Normalise(string text) => new(TextFolding.Fold(text).Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static double Dice(string a, string b)
    {
        var left = Bigrams(a);
        var right = Bigrams(b);
        var shared = left.Sum(p => Math.Min(p.Value, right.GetValueOrDefault(p.Key)));
        var total = left.Values.Sum() + right.Values.Sum();
        return total == 0 ? 1 : 2.0 * shared / total;
    }

    private static Dictionary<string, int> Bigrams(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++) counts[text.Substring(i, 2)] = counts.GetValueOrDefault(text.Substring(i, 2)) + 1;
        return counts;
    }
}
