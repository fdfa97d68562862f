using System.Runtime.CompilerServices;
using StaticPlans.Text;

namespace StaticPlans.Insights.Figures;

/// <summary>A number as read from the text: Arabic (3,750 / 98.75 / １２) or Chinese (三千万, 两).</summary>
/// <param name="Magnitude">万 or 亿 when a Chinese numeral ends with one (三千万 → Value 3000, Magnitude 万).</param>
internal readonly record struct ReadNumber(decimal Value, int Start, int End, bool IsChinese, string Magnitude);

/// <summary>Reads one number at a position; says where the run of number characters ends when it refuses.</summary>
internal static class NumberReader
{
    private const int MaxDigits = 15;

    public static bool IsArabicDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    public static bool IsPlaceholder(char c) => c is '*' or '＊' or '×' or 'x' or 'X' or '✕' or '○' or '□' or '■' or '某';

    public static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>True when <paramref name="pos"/> starts a number at all (so the scanner knows to try).</summary>
    public static bool StartsNumber(char c) => IsArabicDigit(c) || ChineseNumerals.IsNumeralChar(c);

    /// <summary>The end of the run of number characters starting at <paramref name="pos"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int RunEnd(string text, int pos, int end)
    {
        var i = pos;
        if (IsArabicDigit(text[i]))
        {
            while (i < end && (IsArabicDigit(text[i]) || text[i] is '.' or '．' or ','))
            {
                i++;
            }
            return i;
        }
        while (i < end && ChineseNumerals.IsNumeralChar(text[i]))
        {
            i++;
        }
        return i;
    }

    public static bool TryRead(string text, int pos, int end, bool allowBarePlace, out ReadNumber number)
    {
        number = default;
        return IsArabicDigit(text[pos])
            ? TryReadArabic(text, pos, end, out number)
            : TryReadChinese(text, pos, end, allowBarePlace, out number);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryReadArabic(string text, int pos, int end, out ReadNumber number)
    {
        number = default;
        decimal value = 0;
        var digits = 0;
        var i = pos;
        while (i < end && IsArabicDigit(text[i]))
        {
            value = value * 10 + DigitValue(text[i]);
            digits++;
            i++;
            if (i < end && text[i] == ',' && IsThousandsGroup(text, i + 1, end))
            {
                i++;
            }
        }
        if (i + 1 < end && text[i] is '.' or '．' && IsArabicDigit(text[i + 1]))
        {
            i++;
            decimal scale = 0.1m;
            while (i < end && IsArabicDigit(text[i]))
            {
                value += DigitValue(text[i]) * scale;
                scale /= 10;
                digits++;
                i++;
            }
        }
        if (digits > MaxDigits)
        {
            return false;
        }
        number = new ReadNumber(FigureUnits.Normalize(value), pos, i, false, "");
        return true;
    }

    private static bool TryReadChinese(string text, int pos, int end, bool allowBarePlace, out ReadNumber number)
    {
        number = default;
        var runEnd = RunEnd(text, pos, end);
        var run = text.AsSpan(pos, runEnd - pos);
        if (!ChineseNumerals.TryParseAmount(run, allowBarePlace, out var value))
        {
            return false;
        }
        var last = run[^1];
        if (run.Length > 1 && last is '万' or '亿')
        {
            var scale = last == '万' ? 10_000m : 100_000_000m;
            number = new ReadNumber(FigureUnits.Normalize(value / scale), pos, runEnd, true, last.ToString());
            return true;
        }
        number = new ReadNumber(value, pos, runEnd, true, "");
        return true;
    }

    private static bool IsThousandsGroup(string text, int i, int end) =>
        i + 2 < end && IsArabicDigit(text[i]) && IsArabicDigit(text[i + 1]) && IsArabicDigit(text[i + 2])
        && (i + 3 >= end || !IsArabicDigit(text[i + 3]));

    private static int DigitValue(char c) => c >= '０' ? c - '０' : c - '0';
}
