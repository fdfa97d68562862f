using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticPlans.Model;

/// <summary>Text of Markdown nodes without markup, for tagging, excerpts, summaries and the search index.</summary>
public static class PlainText
{
    public static string Of(LeafBlock block)
    {
        var sb = new StringBuilder();
        Append(block.Inline, sb);
        return sb.ToString().Trim();
    }

    public static void Append(ContainerInline? container, StringBuilder sb)
    {
        if (container is null) return;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: sb.Append(literal.Content.AsSpan()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case LineBreakInline:
                    // Chinese text wraps without spaces: only a break between two Latin words becomes a space.
                    if (sb.Length > 0 && char.IsAsciiLetterOrDigit(sb[^1])) sb.Append(' ');
                    break;
                case ContainerInline child: Append(child, sb); break;
            }
        }
    }
}
