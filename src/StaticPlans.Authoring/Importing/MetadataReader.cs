using System.Globalization;
using System.Text.RegularExpressions;
using StaticPlans.Text;
using StaticPlans.Loading;

namespace StaticPlans.Authoring.Importing;

/// <summary>
/// Finds the front matter of a plan in its opening and closing lines: the title, the 文号 under it, the signing
/// bureau and the 成文日期 at the end. Also says which of those lines are metadata rather than body text.
/// </summary>
public static partial class MetadataReader
{
    private const int EdgeLines = 6;

    [GeneratedRegex(@"^(?:文号[:：]\s*)?([\p{IsCJKUnifiedIdeographs}A-Za-z]{1,12})\s*[〔\[［(（【]\s*(\d{4})\s*[〕\]］)）】]\s*(\d{1,4})\s*号$")]
    private static partial Regex DocNoLine();

    [GeneratedRegex(@"(?:教育局|教育和体育局|教育体育局|教体局|教育委员会|教育厅)$")]
    private static partial Regex BureauEnding();

    [GeneratedRegex(@"^.{2,20}?(?:教育局|教育和体育局|教育体育局|教体局|教育委员会|教育厅)")]
    private static partial Regex BureauPrefix();

    /// <summary>Four digits alone; whether they are a year is the plan format's to say.</summary>
    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)")]
    private static partial Regex ArabicYear();

    [GeneratedRegex(@"([〇零○OＯ一二三四五六七八九]{4})\s*年")]
    private static partial Regex ChineseYear();

    /// <summary>Words a sharing site adds to a document's name: "范文", "精品资料", "(2021-2022年收藏)", ".docx".</summary>
    [GeneratedRegex(@"(?:\.(?:docx?|wps|pdf|txt)$)|范文|範文|精品资料|精品資料|精品|模板|[(（][^()（）]{0,20}收藏[)）]")]
    private static partial Regex SiteWords();

    /// <summary>A bureau name made of a title's wrong words: a year, 某 (anonymised), 上半年/下半年, "关于".</summary>
    [GeneratedRegex(@"\d|年|某|\*|[Xx]{2}|关于|關於|關于|^我")]
    private static partial Regex NotAPlaceName();

    public sealed record Result(ImportMetadata Metadata, IReadOnlySet<int> MetadataLines);

    /// <param name="lines">The plain text of each block, blocks that are not paragraphs given as null.</param>
    /// <param name="titleStyled">Index of a paragraph in Word's Title style, if any.</param>
    public static Result Read(IReadOnlyList<string?> lines, int? titleStyled = null)
    {
        var consumed = new SortedSet<int>();
        var (title, titleLines) = FindTitle(lines, titleStyled);
        title = CleanTitle(title);
        consumed.UnionWith(titleLines);

        string? docNo = null;
        for (var i = 0; i < lines.Count && docNo is null; i++)
        {
            if (lines[i] is not string line || DocNoLine().Match(line) is not { Success: true } m) continue;
            docNo = $"{m.Groups[1].Value}〔{m.Groups[2].Value}〕{int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture)}号";
            consumed.Add(i);
        }

        var (date, dateLines) = FindDate(lines);
        var (bureau, bureauLines) = FindBureau(lines, title);
        // Date and bureau lines are dropped from the body only where they form the heading block or the signature.
        foreach (var i in dateLines.Concat(bureauLines).Where(i => IsAtEdge(lines, i, consumed))) consumed.Add(i);

        var kind = KindOf(title);
        var year = YearIn(title, latest: kind == "summary-plan") ?? date?.Year;
        return new Result(new ImportMetadata(title, year, kind, date, bureau, docNo), consumed);
    }

    public static string? KindOf(string? title)
    {
        if (title is null) return null;
        // Traditional titles (工作總結) are read folded.
        title = StaticPlans.Text.TextFolding.Fold(title);
        var summary = title.IndexOf("总结", StringComparison.Ordinal);
        var plan = title.IndexOf("计划", StringComparison.Ordinal);
        if (summary >= 0 && plan > summary) return "summary-plan";
        if (title.Contains("要点", StringComparison.Ordinal)) return "key-points";
        if (summary >= 0) return "summary";
        if (plan >= 0) return "plan";
        return null;
    }

    /// <summary>
    /// The year a title names; with <paramref name="latest"/> the last one, since "2023年工作总结和2024年工作计划"
    /// is filed under the year it plans for.
    /// </summary>
    public static int? YearIn(string? text, bool latest = false)
    {
        if (text is null) return null;
        var years = new List<(int Index, int Year)>();
        foreach (Match m in ArabicYear().Matches(text))
            if (int.Parse(m.Value, CultureInfo.InvariantCulture) is var y && PlanFormat.IsYear(y)) years.Add((m.Index, y));
        foreach (Match m in ChineseYear().Matches(text))
            if (ChineseNumerals.ParseDigitByDigit(m.Groups[1].Value) is int y && PlanFormat.IsYear(y)) years.Add((m.Index, y));
        if (years.Count == 0) return null;
        var ordered = years.OrderBy(y => y.Index).ToList();
        return latest ? ordered[^1].Year : ordered[0].Year;
    }

    /// <summary>
    /// The title without a sharing site's words, and without a leading 关于 when what follows is a plan's own name
    /// ("关于上半年工作总结" is the 总结; "关于印发……的通知" keeps it).
    /// </summary>
    private static string? CleanTitle(string? title)
    {
        if (title is null) return null;
        var cleaned = ImportText.TrimAll(SiteWords().Replace(title, ""));
        foreach (var about in (string[])["关于", "關於", "關于"])
            if (cleaned.StartsWith(about, StringComparison.Ordinal) && KindOf(cleaned) is not null && !cleaned.Contains("通知", StringComparison.Ordinal))
                cleaned = cleaned[about.Length..];
        return cleaned.Length > 0 ? cleaned : null;
    }

    private static (string? Title, int[] Lines) FindTitle(IReadOnlyList<string?> lines, int? titleStyled)
    {
        if (titleStyled is int styled && lines[styled] is string styledText) return (styledText, [styled]);
        for (var i = 0; i < Math.Min(lines.Count, 3); i++)
        {
            if (lines[i] is not string line) return (null, []);
            if (DocNoLine().IsMatch(line)) continue;
            if (!IsTitleLike(line)) return (null, []);
            // A title set on two lines: "云溪县教育局" / "2024年工作计划".
            if (KindOf(line) is null && i + 1 < lines.Count && lines[i + 1] is string next && IsTitleLike(next)
                && KindOf(next) is not null && next.Length <= 30)
                return (line + next, [i, i + 1]);
            return (line, [i]);
        }
        return (null, []);
    }

    private static bool IsTitleLike(string line) =>
        line.Length is > 0 and <= 80 && !ImportText.EndsSentence(line[^1]) && line[^1] != '，'
        && OfficialHeading.Read(line).Level == 0 && !PageDebris.IsDebris(line) && !IsDateLine(line);

    private static (DateOnly? Date, int[] Lines) FindDate(IReadOnlyList<string?> lines)
    {
        // An explicit 成文日期 label wins; otherwise the last line that is only a date (the signature), else one near the top.
        for (var i = 0; i < lines.Count; i++)
            if (lines[i] is string line && line.StartsWith("成文日期", StringComparison.Ordinal)
                && ChineseDates.FindAll(line) is [var labelled, ..])
                return (labelled.Date, [i]);
        for (var i = lines.Count - 1; i >= 0; i--)
            if (lines[i] is string line && IsDateLine(line)) return (ChineseDates.FindAll(line)[^1].Date, [i]);
        return (null, []);
    }

    /// <summary>A line that is a date and nothing else, allowing brackets around it or a bureau name before it.</summary>
    private static bool IsDateLine(string line)
    {
        var dates = ChineseDates.FindAll(line);
        if (dates.Count != 1) return false;
        var rest = (line[..dates[0].Index] + line[(dates[0].Index + dates[0].Length)..]).Trim(' ', '\u3000', '（', '）', '(', ')');
        return rest.Length == 0 || BureauEnding().IsMatch(rest.TrimEnd());
    }

    private static (string? Bureau, int[] Lines) FindBureau(IReadOnlyList<string?> lines, string? title)
    {
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - EdgeLines); i--)
            if (BureauLine(lines[i]) is string signed) return (signed, [i]);
        if (title is not null && BureauPrefix().Match(title) is { Success: true } m && !NotAPlaceName().IsMatch(m.Value)) return (m.Value, []);
        for (var i = 0; i < Math.Min(lines.Count, EdgeLines); i++)
            if (BureauLine(lines[i]) is string top) return (top, [i]);
        return (null, []);
    }

    /// <summary>The bureau named by a signature line such as "云溪县教育局" or "云溪县教育局 2024年7月10日".</summary>
    private static string? BureauLine(string? line)
    {
        if (line is null || line.Length > 40) return null;
        var dates = ChineseDates.FindAll(line);
        var name = dates.Count == 1 ? line[..dates[0].Index].Trim(' ', '\u3000') : line;
        return name.Length is > 2 and <= 30 && BureauEnding().IsMatch(name) && OfficialHeading.Read(name).Level == 0
            && !NotAPlaceName().IsMatch(name) ? name : null;
    }

    /// <summary>Whether a line sits in the opening block (before the body starts) or in the closing signature block.</summary>
    private static bool IsAtEdge(IReadOnlyList<string?> lines, int index, IReadOnlySet<int> consumed)
    {
        var before = Enumerable.Range(0, index).All(i => consumed.Contains(i) || IsMetaLike(lines[i]));
        var after = Enumerable.Range(index + 1, lines.Count - index - 1).All(i => IsMetaLike(lines[i]));
        return before || after;
    }

    private static bool IsMetaLike(string? line) =>
        line is not null && (IsDateLine(line) || BureauLine(line) is not null || DocNoLine().IsMatch(line));
}
