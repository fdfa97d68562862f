using System.Collections.Immutable;
using System.Text;

namespace StaticPlans.Authoring.Importing;

/// <summary>
/// Reads pasted or exported plain text into paragraphs: page debris dropped, lines that a fixed-width layout broke
/// joined again, a page number glued to the start of the next page's first line taken off. Text copied from a
/// document-sharing site is first freed of the site's chrome, pinyin debris and numbered page lines, and headings run
/// into the text are split out by their numbering sequence.
/// </summary>
public static class TextPlanReader
{
    private sealed record Line(string Text, bool Indented, bool AfterBreak);

    public static ImportedDocument Read(string text)
    {
        var lines = SourceLines(Unscrape(text));
        var wrapWidth = WrapWidth(lines);
        var usesIndent = lines.Count(l => l is { Indented: true }) >= 2;
        var paragraphs = new List<string>();
        Paragraph? current = null;
        Line? previous = null;
        foreach (var line in lines)
        {
            if (line is null)
            {
                Flush();
                previous = null;
                continue;
            }
            var content = ImportText.TrimAll(line.Text);
            if (current is not null && previous is not null && GluedPageNumber(current, content, line.AfterBreak, paragraphs.Count == 0))
            {
                var (_, prefix) = OfficialHeading.Read(content);
                current.Append(ImportText.TrimAll(content[prefix..]));
                previous = line;
                continue;
            }
            if (current is not null && previous is not null && Continues(previous, line, current, content, wrapWidth, usesIndent, paragraphs.Count == 0))
                current.Append(content);
            else
            {
                Flush();
                current = new Paragraph(content);
            }
            previous = line;
        }
        Flush();
        // A heading found by its place in the numbering is as certain as a Word heading style: say so with a style level.
        var blocks = RunOnHeadings.Split(paragraphs)
            .Select(p => (ImportBlock)new ParagraphBlock(InlineText.Plain(p.Text), p.HeadingLevel - 1)).ToImmutableArray();
        return new ImportedDocument(blocks, []);

        void Flush()
        {
            if (current is not null) paragraphs.Add(current.ToString());
            current = null;
        }
    }

    /// <summary>The text without what a document-sharing site added to it: chrome lines, pinyin, page numbers of its viewer.</summary>
    private static string Unscrape(string text)
    {
        var lines = PinyinDebris.Remove(text).Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        return string.Join("\n", ScrapedPages.Join(SiteChrome.Strip(lines)));
    }

    /// <summary>
    /// The lines of the text with page debris removed; null marks a paragraph break. Blank lines next to removed debris
    /// are not breaks: the page break they came from may fall in the middle of a paragraph.
    /// </summary>
    private static List<Line?> SourceLines(string text)
    {
        var raw = text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\f', '\n').Split('\n');
        var result = new List<Line?>();
        var afterDebris = false;
        foreach (var rawLine in raw)
        {
            var line = rawLine.TrimEnd();
            if (ImportText.TrimAll(line).Length == 0)
            {
                if (!afterDebris && result.Count > 0 && result[^1] is not null) result.Add(null);
                continue;
            }
            if (PageDebris.IsDebris(line))
            {
                // The break before the page number belongs to the page layout, not to the text.
                if (result.Count > 0 && result[^1] is null) result.RemoveAt(result.Count - 1);
                afterDebris = true;
                continue;
            }
            line = PageDebris.StripInline(line);
            var indented = line.StartsWith('\u3000') || line.StartsWith("  ", StringComparison.Ordinal) || line.StartsWith('\t');
            result.Add(new Line(line, indented, afterDebris));
            afterDebris = false;
        }
        return result;
    }

    /// <summary>
    /// The width at which the text was broken when many lines share (nearly) the same width, or null when each line is
    /// already a paragraph (text copied from a web page or saved from Word).
    /// </summary>
    private static int? WrapWidth(List<Line?> lines)
    {
        var content = lines.OfType<Line>().ToList();
        var widths = content.Select(l => ImportText.Width(l.Text)).ToList();
        var best = (Width: 0, Count: 0);
        foreach (var width in widths.Where(w => w >= 40).Distinct().Order())
        {
            var count = widths.Count(w => w <= width && w >= width - 3);
            if (count >= best.Count) best = (width, count);
        }
        if (best.Count < 3 || best.Count * 10 < widths.Count * 3) return null;
        // Lines of a web page that happen to be equally long end their sentences; lines broken by a layout mostly do not.
        var full = content.Where(l => ImportText.Width(l.Text) >= best.Width - 3).ToList();
        var midSentence = full.Count(l => !ImportText.EndsSentence(l.Text[^1]));
        return midSentence * 2 >= full.Count ? best.Width : null;
    }

    private static bool Continues(Line previous, Line line, Paragraph current, string content, int? wrapWidth, bool usesIndent,
        bool isFirstParagraph)
    {
        if (usesIndent && line.Indented) return false;
        if (OfficialHeading.Read(content).Level != 0 || isFirstParagraph) return false;
        if (wrapWidth is int width && ImportText.Width(previous.Text) >= width - 3) return true;
        var last = current.Last;
        if (ImportText.EndsSentence(last)) return false;
        if (current.Length < 40 && OfficialHeading.Read(current.Head).Level != 0) return false;
        // A sentence that stops mid-way goes on in the next line: after a page break, after a comma, or when the line
        // is too long to be a heading or a signature.
        return line.AfterBreak || last is '，' or '、' or ',' || char.IsLetterOrDigit(last) && ImportText.Width(previous.Text) >= 30;
    }

    /// <summary>
    /// A `2、` at the start of a line is a page number, not list numbering, when the line before stopped in the middle
    /// of a sentence: real numbered items start after a finished sentence or a heading.
    /// </summary>
    private static bool GluedPageNumber(Paragraph current, string content, bool afterPageBreak, bool isFirstParagraph)
    {
        if (isFirstParagraph || OfficialHeading.ArabicNumber(content) is not int number) return false;
        // Right after a page marker, a line that stopped at a comma goes on, however short it was.
        if (afterPageBreak && current.Last is '，' or '、' or ',' && OfficialHeading.Read(current.Head).Level == 0) return true;
        // A title, a heading or a short label line may well be followed by a numbered item.
        if (current.Length < 15) return false;
        // "1、……，" followed by "2、……" is a list going on, not a page number.
        if (OfficialHeading.ArabicNumber(current.Head) is int own && own + 1 == number) return false;
        if (current.Length < 40 && OfficialHeading.Read(current.Head).Level != 0) return false;
        var last = current.Last;
        return !ImportText.EndsSentence(last) && (last is '，' or '、' or ',' || char.IsLetterOrDigit(last));
    }

    /// <summary>
    /// A paragraph being joined from broken lines, in one builder: joining string to string copied the paragraph so
    /// far at every line, quadratic in the length of a long paragraph.
    /// </summary>
    private sealed class Paragraph(string first)
    {
        /// <summary>Numbering and headings are read from the start of the text only (anchored, a few characters).</summary>
        private const int HeadLength = 64;

        private readonly StringBuilder _text = new(first);

        public int Length => _text.Length;

        public char Last => _text[^1];

        public string Head => _text.ToString(0, Math.Min(_text.Length, HeadLength));

        /// <summary>As <see cref="ImportText.Join"/>: a space only between two Latin letters or digits.</summary>
        public void Append(string piece)
        {
            if (piece.Length == 0) return;
            if (_text.Length > 0 && ImportText.IsLatinOrDigit(_text[^1]) && ImportText.IsLatinOrDigit(piece[0])) _text.Append(' ');
            _text.Append(piece);
        }

        public override string ToString() => _text.ToString();
    }
}
