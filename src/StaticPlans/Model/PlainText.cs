using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticPlans.Model;

/// <summary>Text of Markdown nodes without markup, for tagging, excerpts, summaries and the search index.</summary>
public static class PlainText
{
    // One builder per thread for Of: every heading and table cell of every plan goes through it, twice a build.
    [ThreadStatic]
    private static StringBuilder? _builder;

    public static string Of(LeafBlock block)
    {
        var sb = _builder ??= new StringBuilder();
        sb.Clear();
        Append(block.Inline, sb);
        var text = Trimmed(sb);
        // A very long cell would keep its chunks alive on the thread; let it go instead.
        if (sb.Capacity > MaxKeptCapacity) _builder = null;
        return text;
    }

    private const int MaxKeptCapacity = 16 * 1024;

    /// <summary>The builder's text as string.Trim() gives it, without the untrimmed copy first.</summary>
    internal static string Trimmed(StringBuilder sb)
    {
        var start = 0;
        var end = sb.Length;
        while (start < end && char.IsWhiteSpace(sb[start])) start++;
        while (end > start && char.IsWhiteSpace(sb[end - 1])) end--;
        return sb.ToString(start, end - start);
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
