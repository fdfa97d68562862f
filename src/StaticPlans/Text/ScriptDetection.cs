namespace StaticPlans.Text;

/// <summary>
/// Whether a text is written in traditional characters, so its page can say lang="zh-Hant" and screen readers and
/// fonts treat it right. It uses the fold table: a traditional character folds to another (simplified) one. In
/// simplified text almost none do (a few shared forms such as 乾 in 乾隆); in traditional text a quarter or more.
/// </summary>
public static class ScriptDetection
{
    public const string Traditional = "zh-Hant";

    /// <summary>Below this share of Han characters that fold, the text is simplified (or too mixed to say).</summary>
    private const double Threshold = 0.1;

    /// <summary>Fewer folding characters than this say nothing (a title quoting one traditional name).</summary>
    private const int MinimumFolding = 3;

    public static bool IsTraditional(string text) => IsTraditional(text, "");

    /// <summary>Whether <paramref name="text"/> and <paramref name="more"/> together are traditional, without joining them.</summary>
    public static bool IsTraditional(string text, string more)
    {
        int han = 0, folding = 0;
        Count(text, ref han, ref folding);
        Count(more, ref han, ref folding);
        return folding >= MinimumFolding && folding >= han * Threshold;
    }

    private static void Count(string text, ref int han, ref int folding)
    {
        foreach (var c in text)
        {
            if (c is < '\u4E00' or > '\u9FFF') continue;
            han++;
            if (TextFolding.FoldChar(c) != c) folding++;
        }
    }
}
