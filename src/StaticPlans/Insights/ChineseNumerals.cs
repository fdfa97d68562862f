namespace StaticPlans.Insights;

/// <summary>Reads Chinese numerals written with place words (三千万, 一千二百, 十五, 两).</summary>
internal static class ChineseNumerals
{
    public static bool IsNumeralChar(char c) => DigitOf(c) >= 0 || PlaceOf(c) > 0;

    public static bool IsPlaceChar(char c) => PlaceOf(c) > 0;

    /// <summary>0–9 for digit characters, -1 otherwise.</summary>
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

    /// <summary>The place value of 十, 百, 千, 万, 亿 (and their formal forms); 0 otherwise.</summary>
    public static long PlaceOf(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1_000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => 0,
    };

    /// <summary>
    /// Parses <paramref name="run"/> as one numeral. Refuses digit-by-digit strings (二〇二四 is a year),
    /// runs that start with a bare place word (上百, 千人计划), and malformed runs (十四五).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> run, bool allowBarePlace, out decimal value)
    {
        value = 0;
        if (run.IsEmpty)
        {
            return false;
        }
        var hasPlace = false;
        foreach (var c in run)
        {
            hasPlace |= IsPlaceChar(c);
        }
        if (!hasPlace && run.Length > 1)
        {
            return false;
        }
        var first = run[0];
        if (IsPlaceChar(first) && first is not ('十' or '拾') && !allowBarePlace)
        {
            return false;
        }

        long total = 0, section = 0, digit = 0;
        var previousWasDigit = false;
        foreach (var c in run)
        {
            var d = DigitOf(c);
            if (d >= 0)
            {
                if (previousWasDigit && digit != 0)
                {
                    return false;
                }
                digit = d;
                previousWasDigit = d != 0;
                continue;
            }
            var place = PlaceOf(c);
            previousWasDigit = false;
            if (place >= 10_000)
            {
                section += digit;
                if (section == 0 && total == 0)
                {
                    section = 1;
                }
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
}
