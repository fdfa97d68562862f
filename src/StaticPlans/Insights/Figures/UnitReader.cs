namespace StaticPlans.Insights.Figures;

/// <summary>What follows a number: an optional 余/多, an optional magnitude (万, 亿 …) and a unit.</summary>
/// <param name="Magnitude">The magnitude prefix as written (万), or the Chinese numeral's own (三千万).</param>
/// <param name="Unit">The unit word (元, 所, %), or null when none follows.</param>
/// <param name="MagnitudeEnd">Where the text after the magnitude starts (a range separator may follow).</param>
internal readonly record struct UnitTail(string Magnitude, string? Unit, FigureCategory Category, int MagnitudeEnd, int End)
{
    public bool HasUnit => Unit is not null;

    /// <summary>The unit as the figure reports it: magnitude and unit together (万元).</summary>
    public string FullUnit => FigureUnits.Combine(Magnitude, Unit);
}

internal static class UnitReader
{
    public static UnitTail Read(string text, int pos, int end, string numeralMagnitude)
    {
        var i = SkipApproximation(text, pos, end);
        var magnitude = numeralMagnitude;
        if (magnitude.Length == 0)
        {
            foreach (var (word, _) in FigureUnits.Magnitudes)
            {
                if (StartsAs(text, i, end, word) && Matches(text, i, end, word))
                {
                    magnitude = word;
                    i += word.Length;
                    break;
                }
            }
        }
        var magnitudeEnd = magnitude.Length == 0 ? pos : i;
        i = SkipApproximation(text, i, end);
        foreach (var (word, category) in FigureUnits.Units)
        {
            if (!StartsAs(text, i, end, word) || !Matches(text, i, end, word))
            {
                continue;
            }
            if (category == FigureCategory.Percent && magnitude.Length > 0 || IsPartOfAnotherWord(text, i, end, word))
            {
                break;
            }
            return new UnitTail(magnitude, word, category, magnitudeEnd, i + word.Length);
        }
        return new UnitTail(magnitude, null, default, magnitudeEnd, magnitudeEnd);
    }

    // The first character alone rules out nearly every unit word: a whole comparison per word was most of the time
    // spent reading what follows a number (some 50 words tried after each one).
    private static bool StartsAs(string text, int pos, int end, string word) => pos < end && text[pos] == word[0];

    public static bool Matches(string text, int pos, int end, string word) =>
        pos + word.Length <= end && string.CompareOrdinal(text, pos, word, 0, word.Length) == 0;

    private static int SkipApproximation(string text, int pos, int end) =>
        pos < end && text[pos] is '余' or '多' ? pos + 1 : pos;

    private static bool IsPartOfAnotherWord(string text, int pos, int end, string unit)
    {
        if (!FigureUnits.NotMeasureWords.TryGetValue(unit, out var words))
        {
            return false;
        }
        foreach (var word in words)
        {
            if (Matches(text, pos, end, word))
            {
                return true;
            }
        }
        return false;
    }
}
