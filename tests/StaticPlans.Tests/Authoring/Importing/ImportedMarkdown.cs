using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticPlans.Authoring.Importing;
using YamlDotNet.RepresentationModel;

namespace StaticPlans.Tests.Authoring.Importing;

/// <summary>An imported plan taken apart the way a reader of it would: front matter values, body, headings.</summary>
internal sealed record ImportedMarkdown(IReadOnlyDictionary<string, string> Fields, string Body, ImportedPlan Plan)
{
    public static ImportedMarkdown Convert(byte[] bytes, string fileName, int? year = null)
    {
        var plan = PlanImporter.Convert(bytes, new ImportRequest(fileName, ".", Year: year));
        var text = plan.Text;
        Assert.StartsWith("---\n", text);
        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text[4..end]));
        var fields = ((YamlMappingNode)yaml.Documents[0].RootNode).Children
            .ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!);
        return new ImportedMarkdown(fields, text[(end + 5)..], plan);
    }

    public string[] BodyLines => Body.Split('\n');

    /// <summary>The headings Markdig finds in the body, as "level text".</summary>
    public List<string> Headings()
    {
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().Build();
        var document = Markdown.Parse(Body, pipeline);
        return document.Descendants<HeadingBlock>()
            .Select(h => h.Level + " " + string.Concat(h.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString())))
            .ToList();
    }
}
