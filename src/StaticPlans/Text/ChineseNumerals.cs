using System.Globalization;

namespace StaticPlans.Text;

/// <summary>
/// The one reader and writer of Chinese numerals. Callers need different strictness, so each reading has its own
/// entry point over the same digit tables: heading ordinals up to 999 (<see cref="ParseOrdinal"/>), Word's counting
/// numbers up to 99 (<see cref="ParseCounting"/>), years written digit by digit (<see cref="ParseDigitByDigit"/>) and
/// amounts with place words up to 亿 (<see cref="TryParseAmount"/>).
/// </summary>
public static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>0–9 for 〇/零, 一..九, 两 and the formal forms 壹..玖; -1 otherwise.</summary>
    public static int DigitOf(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>The place value of 十, 百, 千, 万, 亿 (and the formal 拾, 佰, 仟); 0 otherwise.</summary>
    public static long PlaceOf(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1_000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => 0,
    };

    public static bool IsNumeralChar(char c) => DigitOf(c) >= 0 || PlaceOf(c) > 0;

    public static bool IsPlaceChar(char c) => PlaceOf(c) > 0;

    /// <summary>The characters a heading ordinal is made of: plain digits, 两, 十 and 百 (no formal forms).</summary>
    public static bool IsOrdinalChar(char c) => PlainDigit(c) >= 0 || c is '十' or '百';

    /// <summary>Heading ordinals up to 999: 三, 十二, 二十, 一百零五. Null for any other character.</summary>
    public static int? ParseOrdinal(string text)
    {
        if (text.Length == 0) return null;
        int total = 0, current = 0;
        foreach (var c in text)
        {
            var digit = PlainDigit(c);
            if (digit >= 0) { current = digit; continue; }
            if (c is '十' or '百') { total += (current == 0 ? 1 : current) * (c == '十' ? 10 : 100); current = 0; continue; }
            return null;
        }
        return total + current;
    }

    /// <summary>Counting numerals up to 99: 三, 十, 十二, 二十, 三十一. Returns null for anything else.</summary>
    public static int? ParseCounting(string text)
    {
        if (text.Length is 0 or > 3) return null;
        var ten = text.IndexOf('十');
        if (ten < 0) return text.Length == 1 ? YearDigit(text[0]) : null;
        var tens = ten == 0 ? 1 : ten == 1 ? YearDigit(text[0]) : null;
        var ones = ten == text.Length - 1 ? 0 : ten == text.Length - 2 ? YearDigit(text[^1]) : null;
        if (tens is null or 0 || ones is null) return null;
        return tens * 10 + ones;
    }

    /// <summary>A year written digit by digit: 二〇二四, 二零二四, 二○二四 (typed zeros such as ○ and O count).</summary>
    public static int? ParseDigitByDigit(string text)
    {
        var value = 0;
        foreach (var c in text)
        {
            if (YearDigit(c) is not int d) return null;
            value = value * 10 + d;
        }
        return text.Length > 0 ? value : null;
    }

    /// <summary>Counting form of 1..99, as Word's chineseCounting list numbers are written.</summary>
    public static string FormatCounting(int value)
    {
        if (value <= 0 || value > 99) return value.ToString(CultureInfo.InvariantCulture);
        if (value < 10) return Digits[value].ToString();
        var tens = value / 10 == 1 ? "十" : Digits[value / 10] + "十";
        return value % 10 == 0 ? tens : tens + Digits[value % 10];
    }

    /// <summary>
    /// Parses <paramref name="run"/> as one amount (三千万, 一千二百, 十五, 两). Refuses digit-by-digit strings
    /// (二〇二四 is a year), runs that start with a bare place word (上百, 千人计划) unless
    /// <paramref name="allowBarePlace"/>, and malformed runs (十四五).
    /// </summary>
    public static bool TryParseAmount(ReadOnlySpan<char> run, bool allowBarePlace, out decimal value)
    {
        value = 0;
        if (run.IsEmpty) return false;
        var hasPlace = false;
        foreach (var c in run) hasPlace |= IsPlaceChar(c);
        if (!hasPlace && run.Length > 1) return false;
        var first = run[0];
        if (IsPlaceChar(first) && first is not ('十' or '拾') && !allowBarePlace) return false;

        long total = 0, section = 0, digit = 0;
        var previousWasDigit = false;
        foreach (var c in run)
        {
            var d = DigitOf(c);
            if (d >= 0)
            {
                if (previousWasDigit && digit != 0) return false;
                digit = d;
                previousWasDigit = d != 0;
                continue;
            }
            var place = PlaceOf(c);
            previousWasDigit = false;
            if (place >= 10_000)
            {
                section += digit;
                if (section == 0 && total == 0) section = 1;
                total = place == 100_000_000 ? (total + section) * place : total + section * place;
                section = 0;
            }
            else
            {
                section += (digit == 0 ? 1 : digit) * place;
            }
            digit = 0;
        }
        value = total + section + digit;
        return value > 0;
    }

    // 〇/零, 一..九 and 两: the digits of headings, lists and dates, which never use the formal forms.
    private static int PlainDigit(char c) => c switch
    {
        '零' => 0,
        '两' => 2,
        _ => Digits.IndexOf(c),
    };

    // Plain digits plus the zeros typed in place of 〇 in dates (○, O, Ｏ, o).
    private static int? YearDigit(char c) => c is '○' or 'O' or 'Ｏ' or 'o' ? 0 : PlainDigit(c) is var d and >= 0 ? d : null;
}
