using System.Text;
using FsCheck;
using FsCheck.Fluent;
using StaticPlans.Building;
using StaticPlans.Diagnostics;
using StaticPlans.Loading;
using StaticPlans.Model;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Loading;

/// <summary>
/// Editors paste anything: thousands of generated plan files (random front matter, random Markdown, random bytes,
/// truncations, BOMs, CRLF, GBK) must each give diagnostics with a place to go, never an exception.
/// </summary>
public sealed class PlanFuzzTests
{
    private const string File = "content/plans/2024/fuzz.md";

    private static readonly SiteConfig Config = new("测试", new Uri("https://example.gov.cn/plans/"), "zh-CN", "测试县教育局", "default",
        [new("plan", "工作计划"), new("summary", "工作总结")],
        [new TopicDefinition("safety", "校园安全", ["校园安全", "防溺水"]), new TopicDefinition("preschool", "学前教育", ["幼儿园"])]);

    private static readonly string[] Keys = ["title", "year", "kind", "date", "topics", "slug", "draft", "summary", "doc_no", "titel", "Year", "标题", "", " ", "- x", "? k"];

    private static readonly string[] Values =
    [
        "计划", "2024", "二〇二四", "1800", "99999999999999999999", "-1", "2024.5", "plan", "plann", "工作计划", "2024-02-01", "2024-02-30",
        "2023-12-31", "[safety, preschool]", "[safty", "{a: 1", "'unclosed", "\"unclosed", "\"ok\"", "a: b: c", "&anchor x", "*nowhere",
        "!!binary AAAA", "!!int x", "|", ">", "true", "yes", "maybe", "../evil", "a/b", "..", "~", "null", "", "\t2024", "[]", "{}",
        "<<待填写：标题>>", "- a\n  - b", "\n  - safety\n  - x", "0x7E8", "२०२४",
    ];

    private static readonly string[] BodyLines =
    [
        "## 一、总体要求", "## 三、跳过", "### （一）目标", "### (2) 半角", "#### 1.细则", "# 标题", "###### 六级", "##", "## 第十一条",
        "## 一百零五、", "## 十、", "## 〇、", "正文幼儿园校园安全。", "", "   ", "[链接](/plans/2024/x/)", "[锚](#s1)", "[锚](#s99)",
        "![图](/images/a.png)", "![图]()", "[x](/%ZZ%)", "[x](/plans/2024/fuzz/#%E4%B8%80)", "[x](</a b>)", "<script>alert(1)</script>",
        "## 标题 {#custom-id}", "## 标题 {#}", "{.class}", "| a | b |", "|---|---|", "| 1 | 2 |", "+---+---+", "| x | y |", "+===+===+",
        "```", "~~~", "> 引用", "- 列表", "1. 列表", "[^1]", "[^1]: 脚注", "---", "***", "\u0000", "\uFFFD", "\uD800", "🎓", "𠀀",
        "<http://a.example>", "www.example.com", "a | b", "\\", "*强调*", "**", "[", "]", "(", "`", "    缩进代码",
    ];

    private static Gen<string> Pick(string[] pool) => Gen.Elements(pool);

    private static Gen<string> FrontMatterLine() => Gen.Frequency(
        (6, from key in Pick(["title", "year", "kind", "date", "topics", "slug"]) from value in Pick(Values) select $"{key}: {value}"),
        (2, from key in Pick(Keys) from value in Pick(Values) select $"{key}: {value}"),
        (1, from indent in Gen.Elements("", " ", "  ", "\t") from value in Pick(Values) select $"{indent}- {value}"),
        (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")));

    private static readonly Gen<string> Document =
        from fm in Gen.ListOf(FrontMatterLine())
        from close in Gen.Elements("---", "...", "--- ", "", "----")
        from open in Gen.Frequency((9, Gen.Constant("---")), (1, Gen.Elements("", "--", " ---", "+++")))
        from body in Gen.ListOf(Gen.Frequency((8, Pick(BodyLines)), (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""))))
        select $"{open}\n{string.Join('\n', fm)}\n{close}\n\n{string.Join('\n', body)}\n";

    private static byte[] Gb18030(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text);
    }

    /// <summary>Byte-level damage on top of the text: encodings, line endings, truncation, random bytes.</summary>
    private static readonly Gen<byte[]> Bytes =
        from text in Document
        from encoding in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)), (1, Gen.Constant(3)))
        from cut in Gen.Choose(0, 100)
        from noise in Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>())
        from noiseAt in Gen.Choose(0, 100)
        select Damage(text, encoding, cut, noise, noiseAt);

    private static byte[] Damage(string text, int encoding, int cut, byte[] noise, int noiseAt)
    {
        var bytes = encoding switch
        {
            1 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n"))],
            2 => Gb18030(text),
            _ => Encoding.UTF8.GetBytes(text),
        };
        if (cut < 30) bytes = bytes[..(bytes.Length * cut / 30)];
        if (encoding == 3 && noise.Length > 0)
        {
            var at = bytes.Length * noiseAt / 100;
            bytes = [.. bytes[..at], .. noise, .. bytes[at..]];
        }
        return bytes;
    }

    private static void AssertLocated(IEnumerable<Diagnostic> diagnostics, byte[] bytes)
    {
        var lines = EditorLines.Count(bytes);
        foreach (var d in diagnostics)
        {
            Assert.Equal(File, d.File);
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
            Assert.Matches("^SP[0-9]{4}$", d.Code);
            Assert.InRange(d.Line, 1, lines);
            Assert.True(d.Column >= 1, d.ToString());
        }
    }

    [Fact]
    public void Thousands_of_damaged_plans_load_and_build_without_exceptions_and_every_problem_has_a_place()
    {
        var builder = new PlanBuilder(Config);
        // No shrinking: a failing case is printed whole, and shrinking kilobyte arrays would take minutes.
        Prop.ForAll(Arb.From(Bytes, _ => []), bytes =>
        {
            var diagnostics = new List<Diagnostic>();
            var loaded = PlanLoader.Load(bytes, File, Config, diagnostics);
            if (loaded is not null)
            {
                if (builder.Build(loaded, diagnostics) is { } plan) new LinkChecker(new Site(Config, [plan]), []).Check(plan, diagnostics);
            }
            AssertLocated(diagnostics, bytes);
        }).Check(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(4000).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Whole_sites_of_damaged_plans_generate_without_exceptions()
    {
        using var site = new TestSite();
        var samples = Gen.Sample(Bytes, 60, 50).ToArray(); // 60 documents of size 50
        Assert.Equal(60, samples.Length);
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 20; i++) site.WriteBytes($"content/plans/2024/f{i}.md", samples[round * 20 + i]);
            var result = site.Generate();
            foreach (var d in result.Diagnostics)
            {
                Assert.StartsWith("content/plans/2024/f", d.File);
                Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString());
            }
        }
    }
}
