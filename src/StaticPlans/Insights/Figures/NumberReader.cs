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
        // The digits as one whole number and how many of them follow the point: at most 15 digits fit a long
        // exactly, and building the decimal from it once replaces a decimal multiply (and divide, for a fraction)
        // per digit. Past 15 digits the number is refused, so the digits are only counted.
        long mantissa = 0;
        var digits = 0;
        var fraction = 0;
        var i = pos;
        while (i < end && IsArabicDigit(text[i]))
        {
            if (++digits <= MaxDigits) mantissa = mantissa * 10 + DigitValue(text[i]);
            i++;
            if (i < end && text[i] == ',' && IsThousandsGroup(text, i + 1, end))
            {
                i++;
            }
        }
        if (i + 1 < end && text[i] is '.' or '．' && IsArabicDigit(text[i + 1]))
        {
            i++;
            while (i < end && IsArabicDigit(text[i]))
            {
                if (++digits <= MaxDigits) mantissa = mantissa * 10 + DigitValue(text[i]);
                fraction++;
                i++;
            }
        }
        if (digits > MaxDigits)
        {
            return false;
        }
        // Trailing zeros after the point dropped, as FigureUnits.Normalize would (3.50 → 3.5, 12.0 → 12).
        while (fraction > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            fraction--;
        }
        number = new ReadNumber(new decimal((int)mantissa, (int)(mantissa >> 32), 0, false, (byte)fraction), pos, i, false, "");
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
            number = new ReadNumber(FigureUnits.Normalize(value / scale), pos, runEnd, true, last == '万' ? "万" : "亿");
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
