using System.Text.RegularExpressions;

namespace StaticPlans.Authoring.Importing;

/// <summary>
/// Text copied from a document-sharing site's page viewer: each page is one long line that starts with its page
/// number, "1、", "2、", "3、"…, and a page break falls wherever the page ended, often mid-sentence. Such a run of
/// numbered pages is recognised by its numbers going 1, 2, 3… through the whole text on long lines that mostly stop
/// mid-sentence (list items restart under each heading, and end their sentences), and joined back into running text.
/// </summary>
public static partial class ScrapedPages
{
    private const int MinPages = 3;
    private const int MinAveragePageLength = 120;

    [GeneratedRegex(@"^\s*(\d{1,3})、\s*")]
    private static partial Regex PageStart();

    /// <summary>A title the site glued to the first page's text: "2023年某市教育局工作要点范文2023年是……".</summary>
    [GeneratedRegex(@"^([^，,。；;：:、“”""\s]{2,40}?(?:总结和[^，,。\s]{0,16}?计划|工作要点|工作计划|工作总结|实施计划|实施方案|行动计划|要点|计划|总结|方案))((?:范文|精品资料|精品|模板|[(（][^()（）]{0,20}[)）])*)(?=\S)")]
    private static partial Regex GluedTitle();

    /// <summary>
    /// Spaces a page layout left between two Chinese characters or punctuation marks. A space before a number is kept:
    /// it may be all that ends a heading run into the text ("一、上半年工作总结 一推进…").
    /// </summary>
    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}\u3000-\u303F\uFF00-\uFFEF“”‘’])[ \u00A0]+(?![一二三四五六七八九十（(])(?=[\p{IsCJKUnifiedIdeographs}\u3000-\u303F\uFF00-\uFFEF“”‘’])")]
    private static partial Regex SpaceBetweenHan();

    /// <summary>The lines with a numbered-page run joined into one line, the title split off the first page; other lines as they were.</summary>
    public static List<string> Join(List<string> lines)
    {
        var pages = new List<int>();
        for (var i = 0; i < lines.Count; i++)
            if (PageStart().Match(lines[i]) is { Success: true } m && int.TryParse(m.Groups[1].Value, out var n))
            {
                if (n != pages.Count + 1) return lines;
                pages.Add(i);
            }
        if (pages.Count < MinPages || pages.Average(i => lines[i].Length) < MinAveragePageLength) return lines;
        // A page ends wherever the page was full, mostly mid-sentence; numbered items end theirs.
        if (pages.Count(i => !ImportText.EndsSentence(ImportText.TrimAll(lines[i])[^1])) * 2 < pages.Count - 1) return lines;

        var result = lines.Take(pages[0]).ToList();
        var text = "";
        for (var i = pages[0]; i < lines.Count; i++)
        {
            var line = lines[i];
            if (pages.Contains(i)) line = line[PageStart().Match(line).Length..];
            else if (ImportText.TrimAll(line).Length == 0) continue;
            // The page viewer broke the text wherever the page ended: a page goes on with the sentence of the last.
            text = ImportText.Join(text, ImportText.TrimAll(line));
        }
        text = SpaceBetweenHan().Replace(text, "");
        if (GluedTitle().Match(text) is { Success: true } title)
        {
            result.Add(title.Groups[1].Value);
            result.Add("");
            text = text[title.Length..];
        }
        result.Add(text);
        return result;
    }
}
