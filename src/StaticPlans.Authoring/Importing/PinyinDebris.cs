using System.Text.RegularExpressions;

namespace StaticPlans.Authoring.Importing;

/// <summary>
/// Pinyin that a converting site left after characters, "關(guān)於" for 關於: a parenthesised syllable right after a
/// Chinese character (or a character the scrape garbled). A syllable with a tone mark is never prose; toneless ones ("(de)") are taken out only when the
/// text has tone-marked debris too, so a real "(a)" after a character in a clean text stays.
/// </summary>
public static partial class PinyinDebris
{
    [GeneratedRegex(@"(?<=(\p{IsCJKUnifiedIdeographs})|\S)\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6})\)")]
    private static partial Regex Syllable();

    [GeneratedRegex(@"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]")]
    private static partial Regex ToneMark();

    public static string Remove(string text)
    {
        var matches = Syllable().Matches(text);
        if (matches.Count == 0) return text;
        var toned = matches.Count(m => ToneMark().IsMatch(m.Groups[2].Value));
        if (toned == 0) return text;
        // A toned syllable goes wherever it stands (the character before it may itself be garbled by the scrape).
        return Syllable().Replace(text, m => ToneMark().IsMatch(m.Groups[2].Value) || toned >= 3 && m.Groups[1].Success ? "" : m.Value);
    }
}
