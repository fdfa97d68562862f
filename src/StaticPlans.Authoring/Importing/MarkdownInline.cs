using System.Text;

namespace StaticPlans.Authoring.Importing;

/// <summary>Writes inline text as Markdown that renders back to the same text: escapes, emphasis, footnote references.</summary>
public static class MarkdownInline
{
    /// <param name="inHeading">Heading text follows "## ", so what only matters at the start of a line needs no escape.</param>
    public static string Render(InlineText text, bool keepEmphasis = true, bool inHeading = false)
    {
        var builder = new StringBuilder();
        foreach (var (content, bold, italic, label) in Merge(text, keepEmphasis))
        {
            if (label is not null) { builder.Append("[^").Append(label).Append(']'); continue; }
            AppendEmphasized(builder, content, bold, italic);
        }
        var line = JoinBreaks(builder.ToString());
        return inHeading ? line : EscapeLineStart(line);
    }

    /// <summary>A line break inside a Word paragraph joins like a broken line of text: no space between Chinese characters.</summary>
    private static string JoinBreaks(string text)
    {
        if (!text.Contains('\n')) return text;
        // One builder for the whole paragraph: joining piece by piece copied the text so far at every break, which
        // made a paragraph of many soft breaks cost memory quadratic in its length.
        var joined = new StringBuilder(text.Length);
        foreach (var piece in text.Split('\n'))
        {
            var trimmed = piece.AsSpan().Trim(" \u3000");
            if (trimmed.Length == 0) continue;
            if (joined.Length > 0 && ImportText.IsLatinOrDigit(joined[^1]) && ImportText.IsLatinOrDigit(trimmed[0])) joined.Append(' ');
            joined.Append(trimmed);
        }
        return joined.ToString();
    }

    /// <summary>Escapes characters that Markdown would otherwise read as syntax anywhere in a line.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // ^ and { matter because the site's pipeline has superscripts and generic attributes.
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '~' or '|' or '^' or '{') builder.Append('\\');
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Escapes what only means something at the start of a line: #, >, list markers, `1.`.</summary>
    public static string EscapeLineStart(string line)
    {
        if (line.Length == 0) return line;
        if (line[0] is '#' or '>' or '-' or '+' or '=') return "\\" + line;
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits])) digits++;
        if (digits is > 0 and < 10 && digits < line.Length && line[digits] is '.' or ')')
            return line[..digits] + "\\" + line[digits..];
        // "A. " and "iv) " start lettered and roman lists in the site's pipeline (list extras).
        var letters = 0;
        while (letters < line.Length && char.IsAsciiLetter(line[letters])) letters++;
        if (letters is > 0 and <= 4 && letters + 1 < line.Length && line[letters] is '.' or ')' && line[letters + 1] == ' ')
            return line[..letters] + "\\" + line[letters..];
        return line;
    }

    private static IEnumerable<(string Text, bool Bold, bool Italic, string? Label)> Merge(InlineText text, bool keepEmphasis)
    {
        var pending = new StringBuilder();
        bool bold = false, italic = false;
        foreach (var span in text.Spans)
        {
            if (span.FootnoteLabel is not null)
            {
                if (pending.Length > 0) yield return (pending.ToString(), bold, italic, null);
                pending.Clear();
                yield return ("", false, false, span.FootnoteLabel);
                continue;
            }
            var spanBold = keepEmphasis && span.Bold;
            var spanItalic = keepEmphasis && span.Italic;
            if (pending.Length > 0 && (spanBold != bold || spanItalic != italic))
            {
                yield return (pending.ToString(), bold, italic, null);
                pending.Clear();
            }
            bold = spanBold;
            italic = spanItalic;
            pending.Append(span.Text);
        }
        if (pending.Length > 0) yield return (pending.ToString(), bold, italic, null);
    }

    /// <summary>
    /// Emphasis markers go inside any punctuation or white space at the edges: CommonMark does not open `**` that is
    /// followed by “ and preceded by a Chinese character, so `的**“双减”**` would print its asterisks.
    /// </summary>
    private static void AppendEmphasized(StringBuilder builder, string text, bool bold, bool italic)
    {
        if (!bold && !italic) { builder.Append(Escape(text)); return; }
        var start = 0;
        while (start < text.Length && IsEdge(text[start])) start++;
        var end = text.Length;
        while (end > start && IsEdge(text[end - 1])) end--;
        if (start == end) { builder.Append(Escape(text)); return; }
        var marker = bold && italic ? "***" : bold ? "**" : "*";
        builder.Append(Escape(text[..start])).Append(marker).Append(Escape(text[start..end])).Append(marker)
            .Append(Escape(text[end..]));
    }

    private static bool IsEdge(char c) => ImportText.IsSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c);
}
