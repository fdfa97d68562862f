namespace StaticPlans.Bench.CorpusGenerator;

/// <summary>A fictional county, district or city education bureau.</summary>
/// <param name="Region">Place name, e.g. 云溪县.</param>
/// <param name="Code">ASCII slug prefix, e.g. yunxi.</param>
/// <param name="Suffix">教育局 or 教育体育局.</param>
internal sealed record Bureau(string Region, string Code, string Suffix)
{
    public string Name => Region + Suffix;

    /// <summary>Administrative level character: 县, 区 or 市 (used in 全县 / 县委).</summary>
    public string Level => Region[^1..];

    /// <summary>Short form used in document numbers, e.g. 云教〔2019〕12号.</summary>
    public string DocPrefix => Region[..1] + (Suffix == "教育体育局" ? "教体" : "教");
}

internal static class Bureaus
{
    // Invented place names; any likeness to a real bureau is accidental.
    public static readonly IReadOnlyList<Bureau> All =
    [
        new("云溪县", "yunxi", "教育局"), new("青山区", "qingshan", "教育局"), new("枫林县", "fenglin", "教育局"),
        new("柳岸区", "liuan", "教育局"), new("明湖县", "minghu", "教育体育局"), new("星桥区", "xingqiao", "教育局"),
        new("竹湾县", "zhuwan", "教育局"), new("鹿鸣县", "luming", "教育局"), new("松涛区", "songtao", "教育局"),
        new("梅岭县", "meiling", "教育体育局"), new("清澜县", "qinglan", "教育局"), new("泉山区", "quanshan", "教育局"),
        new("杏坛县", "xingtan", "教育局"), new("石桥县", "shiqiao", "教育局"), new("兰亭区", "lanting", "教育局"),
        new("碧水县", "bishui", "教育体育局"), new("棠溪县", "tangxi", "教育局"), new("雁南县", "yannan", "教育局"),
        new("丰禾县", "fenghe", "教育局"), new("白露区", "bailu", "教育局"), new("溪口县", "xikou", "教育体育局"),
        new("秀峰区", "xiufeng", "教育局"), new("望江县", "wangjiang", "教育局"), new("春晖区", "chunhui", "教育局"),
        new("鹤鸣县", "heming", "教育局"), new("玉泉区", "yuquan", "教育体育局"), new("双溪县", "shuangxi", "教育局"),
        new("丹枫区", "danfeng", "教育局"), new("稻香县", "daoxiang", "教育局"), new("沙洲县", "shazhou", "教育局"),
        new("黛山县", "daishan", "教育体育局"), new("翠屏区", "cuiping", "教育局"), new("潭口县", "tankou", "教育局"),
        new("南屿区", "nanyu", "教育局"), new("北塘县", "beitang", "教育局"), new("东篱区", "dongli", "教育体育局"),
        new("西岭县", "xiling", "教育局"), new("安澜县", "anlan", "教育局"), new("乐和区", "lehe", "教育局"),
        new("嘉禾区", "jiahe", "教育局"), new("临江市", "linjiang", "教育局"),
    ];

    // Characters for invented township names (乡镇) so that plans mention local places, as real ones do.
    private const string TownChars = "安宝碧长川春翠大丹东枫丰凤福高古广桂河和红花黄佳金锦景兰乐莲林柳龙鹿罗马梅明南宁平浦青清庆泉瑞三沙山石双水松塘桃天田湾望溪仙新兴杏秀阳杨永玉云长竹紫";

    /// <summary>Towns of a bureau, e.g. 金沙镇; fixed per bureau so every plan of a bureau names the same places.</summary>
    public static IReadOnlyList<string> TownsOf(int bureauIndex)
    {
        var rng = new Prng(0xB0EAu + (ulong)bureauIndex * 7919UL);
        int count = rng.Between(8, 15);
        var towns = new List<string>(count);
        while (towns.Count < count)
        {
            string name = string.Concat(TownChars[rng.Between(0, TownChars.Length - 1)], TownChars[rng.Between(0, TownChars.Length - 1)]);
            if (name[0] == name[1]) continue;
            string town = name + (rng.Chance(70) ? "镇" : rng.Chance(50) ? "乡" : "街道");
            if (!towns.Contains(town, StringComparer.Ordinal)) towns.Add(town);
        }
        return towns;
    }
}
