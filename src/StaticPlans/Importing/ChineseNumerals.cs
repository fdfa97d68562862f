namespace StaticPlans.Importing;

/// <summary>Reads and writes the Chinese numerals used in official numbering and dates.</summary>
public static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    public static bool IsDigit(char c) => Digits.Contains(c) || c is '零' or '两' or '十' or '○' or 'O' or 'Ｏ' or 'o';

    /// <summary>Counting numerals up to 99: 三, 十, 十二, 二十, 三十一. Returns null for anything else.</summary>
    public static int? ParseCounting(string text)
    {
        if (text.Length is 0 or > 3) return null;
        var ten = text.IndexOf('十');
        if (ten < 0) return text.Length == 1 ? DigitValue(text[0]) : null;
        var tens = ten == 0 ? 1 : ten == 1 ? DigitValue(text[0]) : null;
        int? ones = ten == text.Length - 1 ? 0 : ten == text.Length - 2 ? DigitValue(text[^1]) : null;
        if (tens is null or 0 || ones is null) return null;
        return tens * 10 + ones;
    }

    /// <summary>A year written digit by digit: 二〇二四, 二零二四, 二○二四.</summary>
    public static int? ParseDigitByDigit(string text)
    {
        var value = 0;
        foreach (var c in text)
        {
            if (DigitValue(c) is not int d) return null;
            value = value * 10 + d;
        }
        return text.Length > 0 ? value : null;
    }

    /// <summary>Counting form of 1..99, as Word's chineseCounting list numbers are written.</summary>
    public static string FormatCounting(int value)
    {
        if (value <= 0 || value > 99) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (value < 10) return Digits[value].ToString();
        var tens = value / 10 == 1 ? "十" : Digits[value / 10] + "十";
        return value % 10 == 0 ? tens : tens + Digits[value % 10];
    }

    private static int? DigitValue(char c) => c switch
    {
        '零' or '○' or 'O' or 'Ｏ' or 'o' => 0,
        '两' => 2,
        _ => Digits.IndexOf(c) is var i and >= 0 ? i : null,
    };
}
