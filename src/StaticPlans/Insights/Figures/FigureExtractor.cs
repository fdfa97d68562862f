using System.Runtime.CompilerServices;

namespace StaticPlans.Insights.Figures;

/// <summary>
/// Finds quantified facts (money, counts, percentages, areas) in a section's plain text.
/// A hand-written scanner: every character is looked at a bounded number of times, so the cost is linear
/// in the text. Only a number followed by a known unit (or written as 百分之…) is a figure; years, dates,
/// document numbers, list numbering, ordinals (第三) and anonymised placeholders (*所, xx万元) are skipped.
/// Each money amount gets its <see cref="MoneyClass"/>: from its sentence, then items adding up to a total.
/// </summary>
public static class FigureExtractor
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <param name="intern">Gives back one shared copy of a label (labels repeat across plans: 新建, 计划投入 …).</param>
    public static IReadOnlyList<Figure> Extract(string sectionText, Func<string, string>? intern = null)
    {
        ArgumentNullException.ThrowIfNull(sectionText);
        var figures = new List<Figure>();
        var scanner = new SentenceScanner(sectionText, figures, intern);
        var start = 0;
        for (var i = 0; i < sectionText.Length; i++)
        {
            if (IsSentenceEnd(sectionText[i]))
            {
                scanner.Scan(start, i + 1);
                start = i + 1;
            }
        }
        if (start < sectionText.Length)
        {
            scanner.Scan(start, sectionText.Length);
        }
        MoneyParts.Mark(figures, static f => f, static (_, f) => f);
        return figures;
    }

    private static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '；' or '!' or '?' or ';' or '\n';
}
