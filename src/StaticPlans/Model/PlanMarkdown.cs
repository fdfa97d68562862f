using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticPlans.Model;

/// <summary>
/// The one Markdown pipeline, built once (it is immutable and thread-safe). Raw HTML is off: everything an
/// editor types is escaped, so a pasted &lt;script&gt; can never reach a reader's browser.
/// </summary>
public static class PlanMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseGenericAttributes()
        .UseAutoLinks()
        .UseListExtras()
        .UseEmphasisExtras()
        .DisableHtml()
        .UsePreciseSourceLocation()
        .Build();

    public static MarkdownDocument Parse(string body) => Markdown.Parse(body, Pipeline);

    /// <summary>
    /// The plan's Markdown tree with the section ids the model stage gave its headings (every top-level heading
    /// is a section, in document order), ready to render.
    /// </summary>
    public static MarkdownDocument Tree(Plan plan)
    {
        var document = Parse(plan.Markdown);
        var next = 0;
        foreach (var block in document)
        {
            if (block is HeadingBlock heading && next < plan.Sections.Count) heading.GetAttributes().Id = plan.Sections[next++].Id;
        }
        return document;
    }

    /// <summary>Every link and image of a parsed plan body, with its position in the file.</summary>
    public static IReadOnlyList<ContentLink> Links(MarkdownDocument document, int bodyLineOffset)
    {
        List<ContentLink>? links = null;
        foreach (var link in document.Descendants<LinkInline>())
            (links ??= []).Add(new ContentLink(link.Url ?? "", link.IsImage, link.Line + bodyLineOffset + 1, link.Column + 1));
        return links ?? (IReadOnlyList<ContentLink>)[];
    }
}
