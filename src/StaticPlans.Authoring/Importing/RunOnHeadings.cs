using System.Text.RegularExpressions;
using StaticPlans.Text;

namespace StaticPlans.Authoring.Importing;

/// <summary>
/// Finds the headings that a copy ran into the text ("…支持。一、上半年工作总结 一推进教育现代化建设。"), by the
/// official numbering sequence rather than by where lines start. It keeps the last number seen at each level
/// (一、 → 2, (一) → 3, 1. → 4) and accepts a number where a sentence has ended when it is in sequence: the next
/// one, a first item under a new heading, or — for key points numbered across chapters — the next of the previous
/// chapter's run. The unmistakable forms 一、 and (一) are also taken at a sentence end out of sequence (pages of a
/// scrape come out of order); 1. and a bare 一 whose brackets were lost ("一推进…") only in sequence, so "一是…",
/// "八一学校" and "1.5万" stay text.
/// </summary>
public static partial class RunOnHeadings
{
    public sealed record Piece(string Text, int? HeadingLevel);

    [GeneratedRegex(@"\G[一二三四五六七八九十]{1,3}、")]
    private static partial Regex ChineseComma();

    [GeneratedRegex(@"\G[（(]([一二三四五六七八九十]{1,3})[）)]")]
    private static partial Regex ChineseParen();

    [GeneratedRegex(@"\G(\d{1,2})(?:[、．]|\.(?!\d))")]
    private static partial Regex ArabicPoint();

    [GeneratedRegex(@"\G([一二三四五六七八九十]{1,3})(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex BareNumeral();

    /// <summary>Characters after a bare numeral that make it a word ("一是", "二要", "一批", "十年"), not a lost (一).</summary>
    private const string NotAfterBareNumeral = "是要个項项年月日批些种種次类類级級名所位大方点點条條流线線体體带帶期步起样樣直切律定致般同道份家项层層届屆轮輪季周週元万萬千百";

    /// <summary>Chapter headings of plans that a run-on text glues to their first sentence with no stop between.</summary>
    private static readonly string[] ChapterWords =
    [
        "指导思想", "指導思想", "工作思路", "总体思路", "總體思路", "总体要求", "總體要求", "工作目标", "工作目標", "目标任务", "目標任務",
        "主要目标", "主要目標", "总体目标", "總體目標", "主要工作", "重点工作", "重點工作", "工作重点", "工作重點", "主要任务", "主要任務",
        "重点任务", "重點任務", "工作任务", "工作任務", "基本原则", "基本原則", "保障措施", "工作措施", "具体措施", "具體措施",
        "工作要求", "实施步骤", "實施步驟", "组织保障", "組織保障",
    ];

    /// <summary>
    /// Words that open a sentence of a plan's text, never end a heading: where an item's heading runs into its text
    /// with no stop ("7、扎实搞好教育行风建设高度重视……"), the text starts at the first of them. Matched folded.
    /// </summary>
    private static readonly string[] OpeningWords =
        ["进一步", "高度重视", "我县", "我市", "我区", "我局", "我们", "根据", "按照", "今年", "近年来", "为进一步", "为了", "通过", "围绕"];

    private const int MinRunInHeading = 6;

    private static readonly int[] MaxHeadingLength = [0, 0, 30, 40, 30];

    private sealed class Sequence
    {
        public readonly int[] Last = new int[5];
        public int LastLevel;

        public bool InSequence(int level, int number)
        {
            if (number == Last[level] + 1) return true;
            // A first item under a new heading of the level above.
            return number == 1 && LastLevel < level && LastLevel != 0;
        }

        public void Accept(int level, int number)
        {
            Last[level] = number;
            // Deeper levels may restart under the new heading, or go on counting (key points): both stay possible.
            LastLevel = level;
        }
    }

    public static List<Piece> Split(IReadOnlyList<string> paragraphs)
    {
        var sequence = new Sequence();
        var result = new List<Piece>();
        foreach (var paragraph in paragraphs) SplitOne(paragraph, sequence, result);
        return result;
    }

    private static void SplitOne(string text, Sequence sequence, List<Piece> result)
    {
        // A paragraph that is itself a numbered heading line is left to the heading rules; it still counts in the sequence.
        var (lineLevel, _) = OfficialHeading.Read(text);
        if (lineLevel != 0 && text.Length <= 40 && Number(text, 0, lineLevel) is int own
            && !(Heading(text, 0, strong: true, weak: false, sequence) is { End: var splitAt } && splitAt < text.Length))
        {
            sequence.Accept(lineLevel, own);
            result.Add(new Piece(text, null));
            return;
        }
        var bodyStart = 0;
        var afterHeading = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var strong = i == 0 || EndsSentenceBefore(text, i);
            var weak = i == afterHeading;
            if (!strong && !weak && !GluedToTitle(text, bodyStart, i)) continue;
            if (Heading(text, i, strong, weak, sequence) is not var (level, number, end, restored)) continue;
            if (i > bodyStart) AddBody(result, text[bodyStart..i]);
            result.Add(new Piece(restored ?? text[i..end], level));
            sequence.Accept(level, number);
            bodyStart = end;
            afterHeading = SkipSpaces(text, end);
            i = end - 1;
        }
        if (bodyStart < text.Length) AddBody(result, text[bodyStart..]);
    }

    private static void AddBody(List<Piece> result, string body)
    {
        var trimmed = ImportText.TrimAll(body);
        if (trimmed.Length > 0) result.Add(new Piece(trimmed, null));
    }

    /// <summary>A heading at <paramref name="i"/>: its level, number, end and (for a bare numeral) its text with brackets put back.</summary>
    private static (int Level, int Number, int End, string? Restored)? Heading(string text, int i, bool strong, bool weak, Sequence sequence)
    {
        if (ChineseComma().Match(text, i) is { Success: true } comma
            && ChineseNumerals.ParseCounting(comma.Value[..^1]) is int chapter
            && (strong || sequence.InSequence(2, chapter))
            && (HeadingEnd(text, i + comma.Length, 2, sequence)
                ?? (sequence.InSequence(2, chapter) ? OpeningWordEnd(text, i + comma.Length, MaxHeadingLength[2]) : null)) is int chapterEnd)
            return (2, chapter, chapterEnd, null);
        if (ChineseParen().Match(text, i) is { Success: true } paren
            && ChineseNumerals.ParseCounting(paren.Groups[1].Value) is int item
            && (strong || sequence.InSequence(3, item))
            && (HeadingEnd(text, i + paren.Length, 3, sequence)
                ?? (sequence.InSequence(3, item) ? OpeningWordEnd(text, i + paren.Length, MaxHeadingLength[3]) : null)) is int itemEnd)
            return (3, item, itemEnd, null);
        if (ArabicPoint().Match(text, i) is { Success: true } arabic && strong
            && int.Parse(arabic.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var point
            && sequence.InSequence(4, point)
            && (ShortSentenceEnd(text, i + arabic.Length, MaxHeadingLength[4]) ?? OpeningWordEnd(text, i + arabic.Length, 40)) is int pointEnd)
            return (4, point, pointEnd, null);
        if ((strong || weak) && sequence.LastLevel is 2 or 3 && BareNumeral().Match(text, i) is { Success: true } bare
            && ChineseNumerals.ParseCounting(bare.Value) is int lost && sequence.InSequence(3, lost)
            && i + bare.Length < text.Length && !NotAfterBareNumeral.Contains(text[i + bare.Length])
            && ShortSentenceEnd(text, i + bare.Length, MaxHeadingLength[3]) is int lostEnd)
            return (3, lost, lostEnd, "（" + bare.Value + "）" + text[(i + bare.Length)..lostEnd]);
        return null;
    }

    /// <summary>
    /// Where a heading's text ends: at its first full stop, at a first sub-item glued to it ("三、主要工作(一)…"), at a
    /// space before the next number, or after a known chapter name ("一、指导思想以…"); null when none is near.
    /// </summary>
    private static int? HeadingEnd(string text, int start, int level, Sequence sequence)
    {
        if (level == 2)
            foreach (var word in ChapterWords)
                // Only in running text: on a line of its own, "一、主要工作成效" is the whole heading.
                if (string.CompareOrdinal(text, start, word, 0, word.Length) == 0 && text.Length - start - word.Length > MaxHeadingLength[2])
                    return start + word.Length;
        var limit = Math.Min(text.Length, start + MaxHeadingLength[level]);
        for (var j = start + 1; j < limit; j++)
        {
            var c = text[j];
            if (c is '。' or '；' or '！' or '？' or ';' or '!' or '?') return j + 1;
            if (ChineseParen().Match(text, j) is { Success: true } sub && ChineseNumerals.ParseCounting(sub.Groups[1].Value) is int n
                && level < 3 && (n == 1 || n == sequence.Last[3] + 1))
                return j;
            if (ImportText.IsSpace(c) && j + 1 < text.Length && !ImportText.IsSpace(text[j + 1])) return j;
        }
        return start + MaxHeadingLength[level] >= text.Length && text.Length - start is > 1 and <= 40 ? text.Length : null;
    }

    /// <summary>Where the first opening word stands, at least a few characters in and before any full stop, or null.</summary>
    private static int? OpeningWordEnd(string text, int start, int maxLength)
    {
        var limit = Math.Min(text.Length, start + maxLength);
        for (var j = start + MinRunInHeading; j < limit; j++)
        {
            if (text[j] is '。' or '；' or '！' or '？' or '：') return null;
            foreach (var word in OpeningWords)
            {
                if (j + word.Length > text.Length) continue;
                var k = 0;
                while (k < word.Length && StaticPlans.Text.TextFolding.FoldChar(text[j + k]) == word[k]) k++;
                if (k == word.Length) return j;
            }
        }
        return null;
    }

    /// <summary>The end of a short sentence with no comma ("一推进教育现代化建设。"), or null.</summary>
    private static int? ShortSentenceEnd(string text, int start, int maxLength)
    {
        var limit = Math.Min(text.Length, start + maxLength);
        for (var j = start; j < limit; j++)
        {
            var c = text[j];
            if (c is '，' or ',' or '、' or '“' or '”') return null;
            if (c is '。' or '；' or '！' or '？') return j > start + 1 ? j + 1 : null;
        }
        return null;
    }

    private static bool EndsSentenceBefore(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && ImportText.IsSpace(text[j])) j--;
        if (j < 0) return true;
        if (text[j] is '”' or '’' or '」' or '』' or ')' or '）') j--;
        return j >= 0 && text[j] is '。' or '！' or '？' or '；' or '!' or '?' or ';';
    }

    /// <summary>The first 一、 straight after a short title-like run ("教育工作实施计划一、指导思想…").</summary>
    private static bool GluedToTitle(string text, int bodyStart, int i) =>
        bodyStart == 0 && i is > 1 and <= 40 && text[i] == '一' && i + 1 < text.Length && text[i + 1] == '、'
        && !text[..i].Any(c => c is '，' or ',' or '。' or '；' or '：' or '、');

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && ImportText.IsSpace(text[i])) i++;
        return i;
    }

    private static int? Number(string text, int i, int level) => level switch
    {
        2 => ChineseComma().Match(text, i) is { Success: true } m ? ChineseNumerals.ParseCounting(m.Value[..^1]) : null,
        3 => ChineseParen().Match(text, i) is { Success: true } m ? ChineseNumerals.ParseCounting(m.Groups[1].Value) : null,
        4 => ArabicPoint().Match(text, i) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
        _ => null,
    };
}
