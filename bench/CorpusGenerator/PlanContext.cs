namespace StaticPlans.Bench.CorpusGenerator;

internal sealed record Kind(string Key, string Name);

internal static class Kinds
{
    public static readonly IReadOnlyList<Kind> All =
        [new("plan", "工作计划"), new("summary", "工作总结"), new("key-points", "工作要点"), new("summary-plan", "工作总结和计划")];
}

/// <summary>Who writes a plan, and when: everything a sentence may refer to.</summary>
internal sealed record PlanContext(int Year, Bureau Bureau, IReadOnlyList<string> Towns);

/// <summary>A rare phrase planted in one section so that search can be checked against a known answer.</summary>
internal sealed record PlantedPhrase(string Simplified, string Traditional);

/// <summary>Where a planted phrase ended up.</summary>
internal sealed record PlantedAnswer(PlantedPhrase Phrase, string File, string Url, string Anchor, string Heading);

internal static class Numerals
{
    private static readonly string[] Digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>1..99 as official Chinese numbering: 一, 十, 十一, 二十三.</summary>
    public static string Chinese(int n)
    {
        if (n < 10) return Digits[n];
        string tens = n / 10 == 1 ? "十" : Digits[n / 10] + "十";
        return tens + Digits[n % 10];
    }
}
