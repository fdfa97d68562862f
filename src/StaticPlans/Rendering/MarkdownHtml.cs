using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticPlans.Model;
using StaticPlans.Rendering.Theme;

namespace StaticPlans.Rendering;

/// <summary>
/// Renders a plan's Markdown tree: site-relative links get the base path, headings get anchor links, and each table
/// sits in a labelled region that scrolls sideways on its own when it is wider than a phone (WCAG 1.4.10).
/// </summary>
public static class MarkdownHtml
{
    /// <summary>The theme's words for the table regions: <paramref name="Plain"/> alone, or <paramref name="InSection"/> with {heading} the heading above.</summary>
    public sealed record TableLabels(string Plain, string InSection);

    /// <summary>Renders into <paramref name="writer"/>: a page's file, as it is written.</summary>
    /// <param name="afterSection">
    /// Writes what goes at the end of a section's own text, just before the next section's heading (or at the end),
    /// given the section's id. Written during rendering, so the body is never copied to insert it.
    /// </param>
    public static void Render(MarkdownDocument document, TextWriter writer, Func<string, string> rewriteLink, string anchorLabel,
        TableLabels tableLabels, Action<string, TextWriter>? afterSection = null)
    {
        var renderer = new HtmlRenderer(writer) { LinkRewriter = rewriteLink };
        PlanMarkdown.Pipeline.Setup(renderer);
        var headings = new AnchoredHeadingRenderer(anchorLabel, afterSection);
        Replace<HeadingRenderer>(renderer, headings);
        Replace<HtmlTableRenderer>(renderer, new ScrollingTableRenderer(headings, tableLabels));
        renderer.Render(document);
        headings.EndSection(renderer);
    }

    private static void Replace<T>(HtmlRenderer renderer, IMarkdownObjectRenderer replacement)
    {
        var index = renderer.ObjectRenderers.FindIndex(r => r is T);
        if (index >= 0) renderer.ObjectRenderers[index] = replacement;
    }

    /// <summary>Each heading ends with a small link to itself, so a reader can copy a deep link to the section.</summary>
    private sealed class AnchoredHeadingRenderer(string anchorLabel, Action<string, TextWriter>? afterSection) : HtmlObjectRenderer<HeadingBlock>
    {
        private string? _openSection;
        private readonly OutlineLevels _levels = new();

        private HeadingBlock? _last;
        private string? _lastText;

        /// <summary>The text of the heading written last, which names the tables under it.</summary>
        /// <remarks>Made when a table asks for it: most headings have no table under them (18 MB per 1,000 plans when every one was).</remarks>
        public string? Last => _last is null ? null : _lastText ??= PlainText.Of(_last);

        /// <summary>Closes the section opened by the last top-level heading: writes what goes after its text.</summary>
        public void EndSection(HtmlRenderer renderer)
        {
            if (_openSection is not null) afterSection?.Invoke(_openSection, renderer.Writer);
            _openSection = null;
        }

        protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
        {
            // Sections are the document's top-level headings (SectionExtractor): a heading quoted in a list is not one.
            var isSection = obj.Parent is MarkdownDocument;
            if (isSection) EndSection(renderer);
            _last = obj;
            _lastText = null;
            var tag = "h" + Math.Clamp(isSection ? _levels.Next(obj.Level) : obj.Level, 1, 6);
            renderer.Write('<').Write(tag).WriteAttributes(obj).Write('>');
            renderer.WriteLeafInline(obj);
            var id = obj.GetAttributes().Id;
            if (!string.IsNullOrEmpty(id))
            {
                renderer.Write(" <a class=\"anchor\" href=\"#").WriteEscapeUrl(id).Write("\" aria-label=\"")
                    .Write(Html.Escape(anchorLabel)).Write("\">#</a>");
            }
            renderer.Write("</").Write(tag).WriteLine(">");
            if (isSection && !string.IsNullOrEmpty(id)) _openSection = id;
        }
    }

    /// <summary>
    /// Markdig's table inside a div that scrolls instead of the page. The div is a named region and takes focus
    /// (tabindex 0), so a keyboard user can scroll it with the arrow keys and a screen reader says what it holds.
    /// </summary>
    private sealed class ScrollingTableRenderer(AnchoredHeadingRenderer headings, TableLabels labels) : HtmlTableRenderer
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            var label = headings.Last is { Length: > 0 } heading ? ThemeStrings.Fill(labels.InSection, "heading", heading) : labels.Plain;
            renderer.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").Write(Html.Escape(label)).WriteLine("\">");
            base.Write(renderer, table);
            renderer.WriteLine("</div>");
        }
    }
}
