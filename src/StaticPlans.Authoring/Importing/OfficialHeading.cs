using System.Text.RegularExpressions;
using StaticPlans.Text;

namespace StaticPlans.Authoring.Importing;

/// <summary>
/// The numbering of official documents and the Markdown heading level it stands for:
/// 一、 → 2, （一） or (一) → 3, 1. 1、 1． → 4.
/// </summary>
public static partial class OfficialHeading
{
    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}、")]
    private static partial Regex ChineseComma();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]{1,3}[）)]")]
    private static partial Regex ChineseParen();

    [GeneratedRegex(@"^\d{1,2}(?:[、．]|\.(?!\d))")]
    private static partial Regex ArabicPoint();

    /// <summary>The heading level and the length of the number prefix, or (0, 0) when the text is not numbered.</summary>
    public static (int Level, int PrefixLength) Read(string text)
    {
        if (ChineseComma().Match(text) is { Success: true } a && ChineseNumerals.ParseCounting(a.Value[..^1]) is not null)
            return (2, a.Length);
        if (ChineseParen().Match(text) is { Success: true } b && ChineseNumerals.ParseCounting(b.Value[1..^1]) is not null)
            return (3, b.Length);
        if (ArabicPoint().Match(text) is { Success: true } c) return (4, c.Length);
        return (0, 0);
    }

    /// <summary>The Arabic number of a `1、` / `1.` prefix, used to spot page numbers glued to the next page's text.</summary>
    public static int? ArabicNumber(string text) =>
        ArabicPoint().Match(text) is { Success: true } m ? int.Parse(m.Value[..^1], System.Globalization.CultureInfo.InvariantCulture) : null;
}
