namespace StaticPlans.Bench.CorpusGenerator;

/// <summary>
/// Invented place-plus-facility names that appear nowhere in the phrase bank, each with its traditional-character
/// form so that search can also be checked for simplified/traditional folding.
/// </summary>
internal static class PlantedPhrases
{
    private static readonly (string Simplified, string Traditional)[] Places =
    [
        ("青檀坞", "青檀塢"), ("鹭鸣洲", "鷺鳴洲"), ("雾凇岭", "霧凇嶺"), ("萤火湾", "螢火灣"), ("麒麟坳", "麒麟坳"),
        ("琥珀滩", "琥珀灘"), ("翡翠谷", "翡翠谷"), ("凤尾坡", "鳳尾坡"), ("蜻蜓塘", "蜻蜓塘"), ("海棠坪", "海棠坪"),
        ("银杏坝", "銀杏壩"), ("芦苇荡", "蘆葦蕩"), ("梧桐巷", "梧桐巷"), ("蔷薇坞", "薔薇塢"),
    ];

    private static readonly (string Simplified, string Traditional)[] Facilities =
    [
        ("研学营地", "研學營地"), ("星空观测站", "星空觀測站"), ("非遗传习所", "非遺傳習所"), ("书法长廊", "書法長廊"),
        ("科创工坊", "科創工坊"), ("生态课堂", "生態課堂"), ("劳动农场", "勞動農場"), ("水上安全驿站", "水上安全驛站"),
        ("乡村少年宫", "鄉村少年宮"), ("读书驿站", "讀書驛站"),
    ];

    public static int Capacity => Places.Length * Facilities.Length;

    /// <summary>The n-th phrase; n and n+1 differ in both parts so neighbouring answers do not share a place name.</summary>
    public static PlantedPhrase Get(int n)
    {
        // Walk the place × facility grid diagonally: every cell exactly once for n < Capacity.
        int place = n % Places.Length;
        int facility = (n / Places.Length + place) % Facilities.Length;
        return new PlantedPhrase(Places[place].Simplified + Facilities[facility].Simplified,
            Places[place].Traditional + Facilities[facility].Traditional);
    }

    public static readonly IReadOnlyList<string> Sentences =
    [
        "{bureau}依托{phrase}开展主题实践活动，全年接待师生{times}。",
        "新建{phrase}一处，由{town}中心学校负责日常管理，投入资金{money}。",
        "组织学生走进{phrase}开展研学，形成可推广的课程案例{items}。",
    ];
}
