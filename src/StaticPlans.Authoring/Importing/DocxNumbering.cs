using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using StaticPlans.Text;

namespace StaticPlans.Authoring.Importing;

/// <summary>
/// Word's automatic list numbering, counted the way Word shows it, so that a heading numbered by Word ("一、" made by a
/// chineseCounting list) reads the same as one typed by hand.
/// </summary>
public sealed class DocxNumbering
{
    public sealed record Label(string Text, bool Bullet, bool Chinese, int Number, int Depth);

    private readonly Dictionary<int, AbstractNum> _abstracts = new();
    private readonly Dictionary<int, int> _abstractOfNum = new();
    private readonly Dictionary<int, int[]> _counters = new();

    public DocxNumbering(Numbering? numbering)
    {
        foreach (var item in numbering?.Elements<AbstractNum>() ?? [])
            if (item.AbstractNumberId?.Value is int id) _abstracts.TryAdd(id, item);
        foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
            if (instance.NumberID?.Value is int num && instance.AbstractNumId?.Val?.Value is int abs) _abstractOfNum.TryAdd(num, abs);
    }

    /// <summary>Advances the counter of the list item and returns the label Word would print, or null for no list.</summary>
    public Label? Next(int numId, int level)
    {
        if (numId == 0 || !_abstractOfNum.TryGetValue(numId, out var abstractId) || !_abstracts.TryGetValue(abstractId, out var definition))
            return null;
        level = Math.Clamp(level, 0, 8);
        if (!_counters.TryGetValue(numId, out var counters)) _counters[numId] = counters = new int[9];
        var levels = definition.Elements<Level>().GroupBy(l => l.LevelIndex?.Value ?? 0).ToDictionary(g => g.Key, g => g.First());
        var own = levels.GetValueOrDefault(level);
        counters[level] = counters[level] == 0 ? Start(own) : counters[level] + 1;
        for (var deeper = level + 1; deeper < 9; deeper++) counters[deeper] = 0;

        var format = own?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
        if (format == NumberFormatValues.Bullet) return new Label("", true, false, counters[level], level);
        var text = own?.LevelText?.Val?.Value ?? "%" + (level + 1).ToString(CultureInfo.InvariantCulture) + ".";
        for (var l = 0; l < 9; l++)
        {
            var placeholder = "%" + (l + 1).ToString(CultureInfo.InvariantCulture);
            if (!text.Contains(placeholder, StringComparison.Ordinal)) continue;
            var levelFormat = levels.GetValueOrDefault(l)?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
            var value = counters[l] == 0 ? Start(levels.GetValueOrDefault(l)) : counters[l];
            text = text.Replace(placeholder, Format(value, levelFormat), StringComparison.Ordinal);
        }
        return new Label(text, false, IsChinese(format), counters[level], level);
    }

    private static int Start(Level? level) => level?.StartNumberingValue?.Val?.Value ?? 1;

    private static bool IsChinese(NumberFormatValues format) =>
        format == NumberFormatValues.ChineseCounting || format == NumberFormatValues.ChineseCountingThousand
        || format == NumberFormatValues.TaiwaneseCounting || format == NumberFormatValues.TaiwaneseCountingThousand
        || format == NumberFormatValues.IdeographTraditional || format == NumberFormatValues.ChineseLegalSimplified;

    private static string Format(int value, NumberFormatValues format)
    {
        if (IsChinese(format)) return ChineseNumerals.FormatCounting(value);
        if (format == NumberFormatValues.LowerLetter) return ((char)('a' + (value - 1) % 26)).ToString();
        if (format == NumberFormatValues.UpperLetter) return ((char)('A' + (value - 1) % 26)).ToString();
        if (format == NumberFormatValues.DecimalEnclosedCircle && value is >= 1 and <= 20) return ((char)('①' + value - 1)).ToString();
        if (format == NumberFormatValues.None) return "";
        return value.ToString(CultureInfo.InvariantCulture);
    }
}
