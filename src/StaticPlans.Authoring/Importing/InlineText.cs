using System.Collections.Immutable;
using System.Text;

namespace StaticPlans.Authoring.Importing;

/// <summary>A stretch of text with one formatting; a footnote reference carries its label and no text.</summary>
public sealed record InlineSpan(string Text, bool Bold = false, bool Italic = false, string? FootnoteLabel = null);

/// <summary>The inline content of one paragraph, heading or table cell as read from the source document.</summary>
public sealed record InlineText(ImmutableArray<InlineSpan> Spans)
{
    public static InlineText Plain(string text) => new([new InlineSpan(text)]);

    public string PlainText => string.Concat(Spans.Select(s => s.Text));

    public bool IsBlank => string.IsNullOrWhiteSpace(PlainText) && Spans.All(s => s.FootnoteLabel is null);

    /// <summary>Length of the bold stretch at the start of the text (leading white space counted), 0 when none.</summary>
    public int LeadingBoldLength()
    {
        var length = 0;
        foreach (var span in Spans)
        {
            if (span.FootnoteLabel is not null) break;
            if (span.Bold || string.IsNullOrWhiteSpace(span.Text)) { length += span.Text.Length; continue; }
            break;
        }
        return Spans.Any(s => s.Bold) ? length : 0;
    }

    /// <summary>Splits at a character offset of <see cref="PlainText"/>; formatting and footnotes stay with their text.</summary>
    public (InlineText Before, InlineText After) SplitAt(int offset)
    {
        var before = ImmutableArray.CreateBuilder<InlineSpan>();
        var after = ImmutableArray.CreateBuilder<InlineSpan>();
        var position = 0;
        foreach (var span in Spans)
        {
            var end = position + span.Text.Length;
            if (span.FootnoteLabel is not null) (position <= offset ? before : after).Add(span);
            else if (end <= offset) before.Add(span);
            else if (position >= offset) after.Add(span);
            else
            {
                before.Add(span with { Text = span.Text[..(offset - position)] });
                after.Add(span with { Text = span.Text[(offset - position)..] });
            }
            position = end;
        }
        return (new InlineText(before.ToImmutable()), new InlineText(after.ToImmutable()));
    }

    /// <summary>Removes leading and trailing white space (ASCII and ideographic) from the text.</summary>
    public InlineText Trim()
    {
        var plain = PlainText;
        var start = 0;
        while (start < plain.Length && ImportText.IsSpace(plain[start])) start++;
        var end = plain.Length;
        while (end > start && ImportText.IsSpace(plain[end - 1])) end--;
        var (_, rest) = SplitAt(start);
        var (kept, tail) = rest.SplitAt(end - start);
        // A footnote reference at the very end belongs to the text even though it sits after trailing spaces.
        var notes = tail.Spans.Where(s => s.FootnoteLabel is not null);
        return new InlineText(kept.Spans.Where(s => s.Text.Length > 0 || s.FootnoteLabel is not null).Concat(notes).ToImmutableArray());
    }

    /// <summary>Drops characters from the end of the text (used to take the 。 off a heading).</summary>
    public InlineText TrimEnd(Func<char, bool> drop)
    {
        var plain = PlainText;
        var end = plain.Length;
        while (end > 0 && drop(plain[end - 1])) end--;
        var (kept, tail) = SplitAt(end);
        return new InlineText(kept.Spans.Concat(tail.Spans.Where(s => s.FootnoteLabel is not null)).ToImmutableArray());
    }

    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var span in Spans) builder.Append(span.FootnoteLabel is null ? span.Text : $"[^{span.FootnoteLabel}]");
        return builder.ToString();
    }
}
