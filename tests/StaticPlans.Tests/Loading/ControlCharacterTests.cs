using System.Text;
using System.Xml;
using StaticPlans.Authoring.Importing;
using StaticPlans.Diagnostics;
using StaticPlans.Output;
using StaticPlans.Tests.Support;
using StaticPlans.Text;
using static StaticPlans.Tests.DiagnosticAssert;

namespace StaticPlans.Tests.Loading;

/// <summary>Characters XML cannot carry never reach a feed, a sitemap or a page: each is a warning where it was written.</summary>
public sealed class ControlCharacterTests : IDisposable
{
    private readonly TestSite _site = new();
    private const string File = "content/plans/2024/p.md";

    public void Dispose() => _site.Dispose();

    public static TheoryData<string> Unsafe() => new() { "\v", "\f", "\u001B", "\u0001", "\u007F", "\u0085", "\uFFFE", "\uFFFF" };

    // A year's figures and sections CSV files are inside their ZIPs: they are checked as the files a reader unzips.
    private static IReadOnlyList<OutputFile> Texts(IReadOnlyList<OutputFile> files) =>
        files.Where(f => f.Path.EndsWith(".html") || f.Path.EndsWith(".xml") || f.Path.EndsWith(".json") || f.Path.EndsWith(".csv"))
            .Concat(files.Select(f => FiguresZip.IsYearArchive(f.Path, out var table, out var year)
                ? new OutputFile(f.Path + $"/{table}.csv", FiguresZip.Csv(f.Bytes, year, table))
                : null).OfType<OutputFile>())
            .ToList();

    private static void AssertWellFormed(OutputFile file)
    {
        using var reader = XmlReader.Create(new MemoryStream(file.Bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read()) { }
    }

    [Theory]
    [MemberData(nameof(Unsafe))]
    public void A_control_character_in_the_title_summary_bureau_and_first_paragraph_leaves_every_feed_well_formed(string c)
    {
        _site.WritePlan("p", $"学前教育{c}第一段。\n\n## 一、总体要求\n\n校园安全{c}。\n", title: $"标题{c}一",
            extraFrontMatter: $"summary: 摘要{c}二\nbureau: 某{c}局\ndoc_no: 云教{c}〔2024〕1号\ntopics: [preschool]");
        _site.WritePlan("q", $"第一段{c}没有摘要。\n\n## 一、学前教育\n\n幼儿园。\n", title: "另一个计划");
        var result = _site.Generate();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var feeds = result.Files.Where(f => f.Path.EndsWith(".xml")).ToList();
        Assert.Contains(feeds, f => f.Path == "feed.xml");
        Assert.Contains(feeds, f => f.Path == "topics/preschool/feed.xml");
        Assert.Contains(feeds, f => f.Path == "sitemap.xml");
        Assert.All(feeds, AssertWellFormed);
        Assert.All(Texts(result.Files), f => Assert.False(Encoding.UTF8.GetString(f.Bytes).Contains(c, StringComparison.Ordinal), f.Path));
        var feed = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "feed.xml").Bytes);
        Assert.Contains("标题 一", feed);
        Assert.Contains("摘要 二", feed);
        Assert.Contains("第一段 没有摘要。", feed);
        // Lines 2 (title), 6-8 (summary, bureau, doc_no), 12 (first paragraph), 16 (a section's text).
        var warned = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.ControlCharacter && d.File == File)
            .Select(d => (d.Line, d.Column, d.Severity)).ToList();
        Assert.Equal([(2, 10, Severity.Warning), (6, 12, Severity.Warning), (7, 10, Severity.Warning), (8, 11, Severity.Warning),
            (12, 5, Severity.Warning), (16, 5, Severity.Warning)], warned);
    }

    [Theory]
    [InlineData("\\x01")]
    [InlineData("\\e")]
    [InlineData("\\N")]
    [InlineData("\\uFFFF")]
    public void A_control_character_written_as_a_yaml_escape_is_removed_with_a_warning_at_the_field(string escape)
    {
        _site.WritePlan("p", extraFrontMatter: $"summary: \"摘{escape}要\"");
        var result = _site.Generate();
        Single(result.Diagnostics, DiagnosticCodes.ControlCharacter, File, 6, 10, Severity.Warning);
        Assert.All(result.Files.Where(f => f.Path.EndsWith(".xml")), AssertWellFormed);
        Assert.Contains("<summary>摘要</summary>", Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "feed.xml").Bytes));
    }

    [Fact]
    public void A_control_character_in_site_yml_is_a_warning_there_and_the_feeds_stay_well_formed()
    {
        _site.Write("site.yml", TestSite.DefaultSiteYml.Replace("title: 测试县", "title: 测试\v县").Replace("name: 学前教育", "name: 学前\u001B教育")
            .Replace("bureau: 测试县教育局", "bureau: \"测试县\\x01教育局\"") + "\n");
        _site.WritePlan("p", "## 一、学前教育\n\n幼儿园。\n");
        var result = _site.Generate();
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ControlCharacter && d.File == "site.yml" && d.Line == 1 && d.Column == 10);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ControlCharacter && d.File == "site.yml" && d.Line == 8);
        Assert.All(result.Files.Where(f => f.Path.EndsWith(".xml")), AssertWellFormed);
        Assert.All(Texts(result.Files), f => Assert.False(Encoding.UTF8.GetString(f.Bytes).AsSpan().IndexOfAny('\u001B', '\u0001', '\v') >= 0, f.Path));
        Assert.Contains("测试县教育局", Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "index.html").Bytes));
    }

    [Fact]
    public void Importing_a_text_file_with_control_characters_writes_a_plan_without_them()
    {
        var text = "云溪县教育局2024年工作计划\v\n云教〔2024〕3号\n\n一、总体要求\n\n做好\u0001学前教育\u001B[31m工作。\v第二行。\f\n二、保障措施\n\n落实\u007F责任。\n";
        var plan = PlanImporter.Convert(Encoding.UTF8.GetBytes(text), new ImportRequest("plan.txt", ".", Year: 2024));
        Assert.Equal(-1, ControlCharacters.IndexOf(plan.Text.Replace("\f", "")));
        Assert.DoesNotContain('\f', plan.Text);
        Assert.Contains("学前教育\\[31m工作。", plan.Text);
        Assert.Contains("落实责任。", plan.Text);
        _site.Write("content/plans/2024/imported.md", plan.Text);
        Assert.DoesNotContain(_site.Generate().Diagnostics, d => d.Code == DiagnosticCodes.ControlCharacter);
    }

    [Theory]
    [InlineData("a\u001B[2Jb", "a\\e[2Jb")]
    [InlineData("x\ry", "x\\u000Dy")]
    [InlineData("p\u009Bq", "p\\u009Bq")]
    [InlineData("line\nnext", "line\\u000Anext")]
    [InlineData("中文\t路径", "中文\t路径")]
    public void Text_for_the_terminal_shows_control_characters_as_escapes(string text, string shown)
    {
        Assert.Equal(shown, ControlCharacters.ForTerminal(text));
    }
}
