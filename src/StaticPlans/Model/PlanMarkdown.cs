using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticPlans.Diagnostics;

namespace StaticPlans.Model;

/// <summary>
/// The one Markdown pipeline, built once (it is immutable and thread-safe). Raw HTML is off: everything an
/// editor types is escaped, so a pasted &lt;script&gt; can never reach a reader's browser. Every tree is made inert
/// (<see cref="InertContent"/>) before anything reads it.
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

    /// <summary>
    /// Deepest nesting of the tree (blockquotes in lists in links…) a plan may have. Markdig refuses more than 128
    /// levels, when parsing or, for some inputs, only when rendering; a plan deeper than this is an error before either.
    /// </summary>
    public const int MaxDepth = 100;

    /// <summary>A body already checked by <see cref="Parse(string, string, int, ICollection{Diagnostic})"/>, made inert again silently.</summary>
    public static MarkdownDocument Parse(string body)
    {
        var document = Markdown.Parse(body, Pipeline);
        InertContent.Apply(document);
        return document;
    }

    /// <summary>
    /// The model stage's parse: warnings for what is made inert, and an error (null) when the body nests deeper than
    /// Markdig or the renderer can go, at the line where it does.
    /// </summary>
    public static MarkdownDocument? Parse(string body, string file, int bodyLineOffset, ICollection<Diagnostic> diagnostics)
    {
        var document = TryParse(body);
        var deep = document is null ? null : TooDeep(document);
        if (document is null || deep is not null)
        {
            var line = deep?.Line ?? FirstTooDeepLine(body);
            diagnostics.Add(Diagnostic.Error(file, line + bodyLineOffset + 1, (deep?.Column ?? 0) + 1, DiagnosticCodes.NestingTooDeep,
                Messages.Text("SP0212", ("max", MaxDepth))));
            return null;
        }
        InertContent.Apply(document, new InertContent.Reporter(file, bodyLineOffset, diagnostics));
        return document;
    }

    private static MarkdownDocument? TryParse(string body)
    {
        try
        {
            return Markdown.Parse(body, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's only ArgumentException on a string it was given is its nesting limit.
            return null;
        }
    }

    /// <summary>The first node deeper than <see cref="MaxDepth"/>, found without recursion (the tree may be deep).</summary>
    private static MarkdownObject? TooDeep(MarkdownDocument document)
    {
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > MaxDepth) return node;
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--) stack.Push((container[i], depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, depth + 1));
                    break;
            }
        }
        return null;
    }

    /// <summary>
    /// When Markdig itself gave up, the 0-based line where the body first becomes too deep: the shortest run of its
    /// first lines that fails, found by halving (a few parses, and only for a plan that is already an error).
    /// </summary>
    private static int FirstTooDeepLine(string body)
    {
        var ends = new List<int>();
        for (var i = body.IndexOf('\n'); i >= 0; i = body.IndexOf('\n', i + 1)) ends.Add(i + 1);
        ends.Add(body.Length);
        int low = 0, high = ends.Count - 1;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (TryParse(body[..ends[mid]]) is { } d && TooDeep(d) is null) low = mid + 1;
            else high = mid;
        }
        return low;
    }

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
