namespace StaticPlans.Authoring.Importing;

/// <summary>
/// Decides whether a paragraph is a heading, and where a run-in heading ("（一）加强党的建设。全面贯彻……") ends and
/// its paragraph begins.
/// </summary>
public static class HeadingDecider
{
    private const int MaxHeadingLength = 40;
    private const int MaxRunInLength = 30;

    public sealed record Decision(int Level, InlineText Heading, InlineText? Rest);

    public static Decision? Decide(ParagraphBlock paragraph)
    {
        var text = paragraph.Text.Trim();
        var plain = text.PlainText;
        var (numberedLevel, prefix) = OfficialHeading.Read(plain);
        if (paragraph.StyleLevel is int styleLevel)
        {
            var level = numberedLevel != 0 ? numberedLevel : Math.Min(6, styleLevel + 1);
            return new Decision(level, CleanHeading(text), null);
        }
        if (numberedLevel == 0) return null;

        var bold = text.LeadingBoldLength();
        if (bold >= plain.Length) return plain.Length <= MaxHeadingLength * 2 ? new Decision(numberedLevel, CleanHeading(text), null) : null;
        if (bold > prefix && bold <= MaxHeadingLength * 2) return Split(text, numberedLevel, bold);

        // An item ending in ；is one of a series of sentences ("1、……；2、……；"), not a heading.
        if (plain.Length <= MaxHeadingLength && !plain.Any(c => c is '；' or ';') && !plain[..^1].Any(c => c is '。' or '！' or '？'))
            return new Decision(numberedLevel, CleanHeading(text), null);
        var stop = plain.IndexOfAny(['。', '；', '：', '！', '？'], prefix);
        if (stop > prefix && stop <= MaxRunInLength && !plain[prefix..stop].Contains('，'))
            return Split(text, numberedLevel, stop + 1);
        return null;
    }

    private static Decision Split(InlineText text, int level, int offset)
    {
        var (heading, rest) = text.SplitAt(offset);
        var trimmedRest = rest.Trim();
        return new Decision(level, CleanHeading(heading), trimmedRest.IsBlank ? null : trimmedRest);
    }

    private static InlineText CleanHeading(InlineText text) =>
        text.Trim().TrimEnd(c => c is '。' or '；' or '：' or ':' or ';' || ImportText.IsSpace(c));
}
