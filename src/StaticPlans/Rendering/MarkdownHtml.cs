using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticPlans.Model;

namespace StaticPlans.Rendering;

/// <summary>Renders a plan's Markdown tree: site-relative links get the base path, headings get anchor links.</summary>
public static class MarkdownHtml
{
    public static string Render(MarkdownDocument document, Func<string, string> rewriteLink, string anchorLabel)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = rewriteLink };
        PlanMarkdown.Pipeline.Setup(renderer);
        var index = renderer.ObjectRenderers.FindIndex(r => r is HeadingRenderer);
        if (index >= 0) renderer.ObjectRenderers[index] = new AnchoredHeadingRenderer(anchorLabel);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Each heading ends with a small link to itself, so a reader can copy a deep link to the section.</summary>
    private sealed class AnchoredHeadingRenderer(string anchorLabel) : HtmlObjectRenderer<HeadingBlock>
    {
        protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
        {
            var tag = "h" + Math.Clamp(obj.Level, 1, 6);
            renderer.Write('<').Write(tag).WriteAttributes(obj).Write('>');
            renderer.WriteLeafInline(obj);
            var id = obj.GetAttributes().Id;
            if (!string.IsNullOrEmpty(id))
            {
                renderer.Write(" <a class=\"anchor\" href=\"#").WriteEscapeUrl(id).Write("\" aria-label=\"")
                    .WriteEscape(anchorLabel).Write("\">#</a>");
            }
            renderer.Write("</").Write(tag).WriteLine(">");
        }
    }
}
