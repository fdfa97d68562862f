using System.Runtime.CompilerServices;
using StaticPlans.Text;

namespace StaticPlans.Insights.Figures;

/// <summary>
/// Names what a figure counts from the words around it in the same clause: the phrase before the number
/// (计划投入3750万元 → 计划投入), and for counts written measure-word-first also the noun after it
/// (建设3个示范区 → 建设示范区). Filler words at the edges (达到, 约, 其中 …) are trimmed.
/// </summary>
internal static class FigureLabels
{
    // A clause's subject runs up to here (适龄残疾儿童少年义务教育入学率达到… is 17 characters before its number);
    // a longer one is cut, and the label then starts with an ellipsis instead of half a word (龄残疾儿童…).
    private const int MaxBefore = 24;
    private const int MaxAfter = 10;

    private static readonly string[] LeadingFillers =
    [
        "其中", "同时", "并且", "以及", "另外", "此外", "年度", "年底", "年内", "全年", "周岁", "并", "和", "及", "与", "年", "月", "日", "号", "岁",
    ];

    private static readonly string[] TrailingFillers =
    [
        "保持在", "稳定在", "控制在", "提高到", "提升到", "提高至", "提升至", "增加到", "增加至", "不少于", "不低于", "不超过",
        "人民币", "达到", "共计", "合计", "总计", "超过", "不到", "分别", "增至", "达至", "约为",
        "达", "为", "约", "近", "共", "逾", "至", "到", "在", "的", "是", "有", "和", "及", "与", "并",
    ];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Build(string text, int floor, int sentenceEnd, int numberStart, int matchEnd, FigureCategory category, out int labelEnd)
    {
        // Trimmed as spans of the text: only the label itself becomes a string (a figure's label was four or five).
        var raw = Before(text, floor, numberStart, out var cut);
        // A cut phrase keeps its start as it is (it follows the ellipsis): no filler is trimmed off half a word.
        var before = cut ? TrimTrailing(raw) : Trim(raw);
        var ellipsis = cut ? Ellipsis.AsSpan() : [];
        labelEnd = matchEnd;
        var wantsAfter = category == FigureCategory.Count || before.Length == 0;
        if (!wantsAfter)
        {
            return string.Concat(ellipsis, before);
        }
        var afterEnd = AfterEnd(text, matchEnd, sentenceEnd);
        var after = TrimTrailing(text.AsSpan(matchEnd, afterEnd - matchEnd));
        labelEnd = matchEnd + after.Length;
        return string.Concat(ellipsis, before, after);
    }

    /// <summary>
    /// A line that is nothing but the figure is a table cell (each cell of a table is a line of the section text):
    /// it is named by the nearest cell before it without Arabic digits, the row's name (第三批薄弱学校改造, 合计),
    /// looking back over at most <see cref="MaxCellsBack"/> cells. A cell listing things (教学楼、实训楼) describes
    /// the row's content rather than naming it: it is taken only when no cell names the row.
    /// </summary>
    public static string OfCell(string text, int lineStart)
    {
        var end = lineStart;
        string? list = null;
        for (var back = 0; back < MaxCellsBack && end > 0; back++)
        {
            var lineEnd = end - 1; // the '\n' before the current line
            if (text[lineEnd] != '\n') break;
            var start = lineEnd == 0 ? 0 : text.LastIndexOf('\n', lineEnd - 1) + 1;
            var line = text[start..lineEnd].Trim();
            if (line.Length > 0 && line.Length <= MaxCellLabel && !line.Any(NumberReader.IsArabicDigit)
                && !line.Any(c => IsBoundary(c) && c != '、'))
            {
                if (!line.Contains('、')) return line;
                list ??= line;
            }
            end = start;
        }
        return list ?? "";
    }

    private const int MaxCellsBack = 3;
    private const int MaxCellLabel = 20;

    private static ReadOnlySpan<char> Before(string text, int floor, int numberStart, out bool cut)
    {
        var i = numberStart;
        while (i > floor && numberStart - i < MaxBefore && !IsBoundary(text[i - 1]))
        {
            i--;
        }
        cut = i > floor && !IsBoundary(text[i - 1]);
        return cut ? text.AsSpan(i + 1, numberStart - i - 1) : text.AsSpan(i, numberStart - i);
    }

    /// <summary>Starts a label whose phrase was longer than <see cref="MaxBefore"/>: what is shown is its end.</summary>
    private const string Ellipsis = "…";

    private static int AfterEnd(string text, int pos, int sentenceEnd)
    {
        var i = pos;
        while (i < sentenceEnd && i - pos < MaxAfter && !IsBoundary(text[i]) && !ChineseNumerals.IsNumeralChar(text[i])
            && !EndsNoun(text[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>
    /// Characters that usually start the verb or particle after a measure-word-first noun
    /// (3所幼儿园开设…, 1200名教师参加…): the noun ends there.
    /// </summary>
    private static bool EndsNoun(char c) => "和及与并的等将用开建实完推达参进纳列投于为在以是对从向被把由已均".Contains(c);

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> label) => TrimTrailing(TrimLeading(label));

    private static ReadOnlySpan<char> TrimLeading(ReadOnlySpan<char> label)
    {
        var changed = true;
        while (changed && label.Length > 0)
        {
            changed = false;
            if (label.Length >= 2 && ChineseNumerals.DigitOf(label[0]) > 0 && label[1] == '是')
            {
                label = label[2..];
                changed = true;
                continue;
            }
            foreach (var filler in LeadingFillers)
            {
                // The first character rules out almost every filler before a whole comparison (as in UnitReader).
                if (label.Length > filler.Length && label[0] == filler[0] && label.StartsWith(filler, StringComparison.Ordinal))
                {
                    label = label[filler.Length..];
                    changed = true;
                    break;
                }
            }
        }
        return label;
    }

    private static ReadOnlySpan<char> TrimTrailing(ReadOnlySpan<char> label)
    {
        var changed = true;
        while (changed && label.Length > 0)
        {
            changed = false;
            foreach (var filler in TrailingFillers)
            {
                if (label[^1] == filler[^1] && label.EndsWith(filler, StringComparison.Ordinal))
                {
                    label = label[..^filler.Length];
                    changed = true;
                    break;
                }
            }
        }
        return label;
    }

    private static bool IsBoundary(char c) =>
        char.IsWhiteSpace(c) || NumberReader.IsArabicDigit(c) || c is '，' or ',' or '、' or '：' or ':' or '；' or ';'
            or '。' or '！' or '？' or '（' or '）' or '(' or ')' or '“' or '”' or '"' or '‘' or '’' or '《' or '》'
            or '【' or '】' or '[' or ']' or '「' or '」' or '.' or '．' or '%' or '％' or '-' or '—' or '*' or '#' or '|';
}
