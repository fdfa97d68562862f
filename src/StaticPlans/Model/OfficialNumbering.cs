using StaticPlans.Text;

namespace StaticPlans.Model;

/// <summary>
/// Reads the ordinal of official-document heading numbers: 一、 （二） (3) 4. 5、 第六. Headings then get ids from
/// these numbers, so an id does not change when the text of another section changes.
/// </summary>
public static class OfficialNumbering
{
    public enum Style { None, ChineseComma, ChineseParen, Arabic, ArabicParen, Ordinal }

    public readonly record struct Number(Style Style, int Value, int Length);

    public static Number Read(string heading)
    {
        var s = heading.TrimStart();
        if (s.Length == 0) return default;
        if (s[0] is '（' or '(')
        {
            var close = s.IndexOfAny(['）', ')']);
            if (close > 1 && close <= 6)
            {
                var inner = s[1..close];
                if (ChineseNumerals.ParseOrdinal(inner) is int c) return new(Style.ChineseParen, c, close + 1);
                if (int.TryParse(inner, out var a)) return new(Style.ArabicParen, a, close + 1);
            }
            return default;
        }
        if (s[0] == '第')
        {
            var end = 1;
            while (end < s.Length && ChineseNumerals.IsOrdinalChar(s[end])) end++;
            if (end > 1 && ChineseNumerals.ParseOrdinal(s[1..end]) is int o) return new(Style.Ordinal, o, end);
            return default;
        }
        var i = 0;
        while (i < s.Length && ChineseNumerals.IsOrdinalChar(s[i])) i++;
        if (i > 0 && i < s.Length && s[i] is '、' or '，' or ' ' && ChineseNumerals.ParseOrdinal(s[..i]) is int n) return new(Style.ChineseComma, n, i + 1);
        i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i is > 0 and <= 3 && i < s.Length && s[i] is '.' or '、' or '．' or ' ' && !(s[i] == '.' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])))
            return new(Style.Arabic, int.Parse(s[..i]), i + 1);
        return default;
    }
}
