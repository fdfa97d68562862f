using Markdig;

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

    public static Markdig.Syntax.MarkdownDocument Parse(string body) => Markdown.Parse(body, Pipeline);
}
