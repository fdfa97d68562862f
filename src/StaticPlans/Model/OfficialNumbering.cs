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
                if (ParseChinese(inner) is int c) return new(Style.ChineseParen, c, close + 1);
                if (int.TryParse(inner, out var a)) return new(Style.ArabicParen, a, close + 1);
            }
            return default;
        }
        if (s[0] == '第')
        {
            var end = 1;
            while (end < s.Length && IsChineseDigit(s[end])) end++;
            if (end > 1 && ParseChinese(s[1..end]) is int o) return new(Style.Ordinal, o, end);
            return default;
        }
        var i = 0;
        while (i < s.Length && IsChineseDigit(s[i])) i++;
        if (i > 0 && i < s.Length && s[i] is '、' or '，' or ' ' && ParseChinese(s[..i]) is int n) return new(Style.ChineseComma, n, i + 1);
        i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i is > 0 and <= 3 && i < s.Length && s[i] is '.' or '、' or '．' or ' ' && !(s[i] == '.' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])))
            return new(Style.Arabic, int.Parse(s[..i]), i + 1);
        return default;
    }

    private static bool IsChineseDigit(char c) => "〇零一二两三四五六七八九十百".Contains(c);

    /// <summary>Chinese numerals up to 999: 三, 十二, 二十, 一百零五.</summary>
    public static int? ParseChinese(string text)
    {
        if (text.Length == 0) return null;
        int total = 0, current = 0;
        foreach (var c in text)
        {
            var digit = "〇一二三四五六七八九".IndexOf(c);
            if (c == '零') digit = 0;
            if (c == '两') digit = 2;
            if (digit >= 0) { current = digit; continue; }
            if (c == '十') { total += (current == 0 ? 1 : current) * 10; current = 0; continue; }
            if (c == '百') { total += (current == 0 ? 1 : current) * 100; current = 0; continue; }
            return null;
        }
        return total + current;
    }
}
