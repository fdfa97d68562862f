using System.Globalization;
using System.Text.RegularExpressions;
using StaticPlans.Text;
using StaticPlans.Loading;

namespace StaticPlans.Authoring.Importing;

/// <summary>Finds the dates official documents are dated with: 二〇二四年七月十日, 2024年7月10日, 2024-07-10.</summary>
public static partial class ChineseDates
{
    [GeneratedRegex(@"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")]
    private static partial Regex ArabicDate();

    [GeneratedRegex(@"([〇零○OＯ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)")]
    private static partial Regex IsoLikeDate();

    public sealed record Found(DateOnly Date, int Index, int Length);

    /// <summary>Every valid date in the text, in order of position.</summary>
    public static IReadOnlyList<Found> FindAll(string text)
    {
        var found = new List<Found>();
        foreach (Match m in ArabicDate().Matches(text)) Add(m, Arabic(m));
        foreach (Match m in IsoLikeDate().Matches(text)) Add(m, Arabic(m));
        foreach (Match m in ChineseDate().Matches(text))
            Add(m, (ChineseNumerals.ParseDigitByDigit(m.Groups[1].Value), ChineseNumerals.ParseCounting(m.Groups[2].Value),
                ChineseNumerals.ParseCounting(m.Groups[3].Value)));
        return found.OrderBy(f => f.Index).ToList();

        void Add(Match m, (int? Year, int? Month, int? Day) parts)
        {
            if (parts is (int y, int mo, int d) && PlanFormat.IsYear(y) && mo is >= 1 and <= 12
                && d >= 1 && d <= DateTime.DaysInMonth(y, mo))
                found.Add(new Found(new DateOnly(y, mo, d), m.Index, m.Length));
        }
    }

    private static (int?, int?, int?) Arabic(Match m) =>
        (Number(m.Groups[1].Value), Number(m.Groups[2].Value), Number(m.Groups[3].Value));

    private static int? Number(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
