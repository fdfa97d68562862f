using System.Text;
using FsCheck;
using FsCheck.Fluent;
using StaticPlans.Diagnostics;
using StaticPlans.Loading;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Loading;

/// <summary>
/// site.yml and strings.yml are edited by hand as plans are: thousands of generated and mutated files must each give
/// diagnostics with a place in the file, or a loaded configuration, never an exception.
/// </summary>
public sealed class ConfigFuzzTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private static readonly string[] Values =
    [
        "测试", "https://example.gov.cn/plans/", "/plans/", "ftp://x", "", "~", "null", "0", "-3", "30", "99999999999999999999", "default",
        "../x", "[a, b]", "[", "{ plan: 工作计划 }", "{ plan: [a] }", "{", "'unclosed", "\"ok\"", "&a x", "*a", "*nowhere", "!!binary AAAA",
        "|", ">", "true", "{0}", "{1}", "{year}", "{count}", "{query}", "{topic}", "{", "}", "{{year}}", "{yaer}", "a: b: c",
        "\n  - { slug: safety, name: 校园安全, keywords: [校园安全] }", "\n  - { slug: Safety, name: 安全 }", "\n  - { slug: con }",
        "\n  - preschool", "\n  - { slug: [a], keywords: 安全 }", "\n  - { slug: a, keyword: [b] }", "\n  - { slug: a }\n  - { slug: a }",
        "\u0000", "\u000B", "\uFFFD", "🎓", "\t1",
    ];

    private static readonly string[] SiteKeys = ["title", "base_url", "language", "bureau", "theme", "kinds", "topics", "page_size", "titel", "topic", "", "? k", "- x"];

    private static readonly string[] StringKeys =
        ["year_title", "topic_description", "search_results", "search_none", "page_title_suffix", "nav_home", "nav_hom", "table_label_section", "", "? k"];

    private static Gen<string> Yaml(string[] keys) =>
        from lines in Gen.ListOf(Gen.Frequency(
            (6, from key in Gen.Elements(keys) from value in Gen.Elements(Values) select $"{key}: {value}"),
            (1, from indent in Gen.Elements("", " ", "  ", "\t") from value in Gen.Elements(Values) select $"{indent}- {value}"),
            (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""))))
        select string.Join('\n', lines) + "\n";

    /// <summary>A real file damaged line by line: lines dropped, doubled, cut short, characters inserted.</summary>
    private static Gen<string> Mutated(string original) =>
        from edits in Gen.ListOf(from kind in Gen.Choose(0, 5) from at in Gen.Choose(0, 1000) from value in Gen.Elements(Values) select (kind, at, value))
        select Mutate(original, edits);

    private static string Mutate(string original, IEnumerable<(int Kind, int At, string Value)> edits)
    {
        var lines = original.Split('\n').ToList();
        foreach (var (kind, at, value) in edits)
        {
            var i = at % lines.Count;
            var line = lines[i];
            switch (kind)
            {
                case 0: lines.RemoveAt(i); if (lines.Count == 0) lines.Add(""); break;
                case 1: lines.Insert(i, line); break;
                case 2: lines[i] = line[..(line.Length * (at % 7) / 7)]; break;
                case 3: lines[i] = line.Insert(line.Length * (at % 5) / 5, value); break;
                case 4: lines[i] = (line.Contains(':') ? line[..(line.IndexOf(':') + 1)] : line) + " " + value; break;
                default: lines.Insert(i, new string(' ', at % 4) + value); break;
            }
        }
        return string.Join('\n', lines);
    }

    private static byte[] Damage(string text, int how) => how switch
    {
        1 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n"))],
        2 => [.. Encoding.UTF8.GetBytes(text), 0xC4, 0xE3],
        _ => Encoding.UTF8.GetBytes(text),
    };

    private static Gen<byte[]> Files(string[] keys, string original) =>
        from text in Gen.Frequency((1, Yaml(keys)), (1, Mutated(original)))
        from how in Gen.Frequency((8, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        select Damage(text, how);

    private static readonly string SampleSiteYml = File.ReadAllText(Path.Combine(RepoPaths.Root, "site.yml"));
    private static readonly string ThemeStringsYml = File.ReadAllText(Path.Combine(RepoPaths.Root, "themes/default/strings.yml"));

    private static void AssertLocated(IEnumerable<Diagnostic> diagnostics, string file, byte[] bytes)
    {
        // A fuzzed file has lone CRs: the line a diagnostic names is counted as an editor counts it.
        var lines = EditorLines.Count(bytes);
        foreach (var d in diagnostics)
        {
            Assert.Equal(file, d.File);
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
            Assert.Matches("^SP[0-9]{4}$", d.Code);
            Assert.True(d.Line >= 1 && d.Line <= lines, $"{d}\nin:\n{Encoding.UTF8.GetString(bytes)}");
            Assert.True(d.Column >= 1, d.ToString());
        }
    }

    [Fact]
    public void Thousands_of_generated_and_damaged_site_ymls_load_without_exceptions_and_every_problem_has_a_place()
    {
        Prop.ForAll(Arb.From(Files(SiteKeys, SampleSiteYml), _ => []), bytes =>
        {
            _site.WriteBytes(SiteInputs.ConfigFile, bytes);
            var diagnostics = new List<Diagnostic>();
            var config = SiteConfigLoader.Load(_site.Root, diagnostics);
            AssertLocated(diagnostics, SiteInputs.ConfigFile, bytes);
            Assert.True(config is not null || diagnostics.Any(d => d.Severity == Severity.Error), "no site and no error");
        }).Check(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Thousands_of_generated_and_damaged_strings_ymls_load_without_exceptions_and_every_problem_has_a_place()
    {
        var theme = new ThemeFiles(_site.Root, "default");
        Prop.ForAll(Arb.From(Files(StringKeys, ThemeStringsYml), _ => []), bytes =>
        {
            _site.WriteBytes(SiteInputs.StringsFile, bytes);
            var diagnostics = new List<Diagnostic>();
            var strings = StringsLoader.Load(theme, _site.Root, diagnostics);
            AssertLocated(diagnostics, SiteInputs.StringsFile, bytes);
            // Whatever was accepted can be filled in: every text kept names only values it is given.
            Assert.All(strings, s => Assert.Null(StringsLoader.PlaceholderProblem(s.Key, s.Value)));
        }).Check(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Whole_sites_with_damaged_site_yml_and_strings_yml_generate_without_exceptions()
    {
        var siteYmls = Gen.Sample(Files(SiteKeys, SampleSiteYml), 30, 20).Prepend(Encoding.UTF8.GetBytes(TestSite.DefaultSiteYml)).ToArray();
        var stringsYmls = Gen.Sample(Files(StringKeys, ThemeStringsYml), 30, 20).ToArray();
        _site.WritePlan("p");
        for (var i = 0; i < 30; i++)
        {
            // Half the rounds keep a valid site.yml, so that strings.yml is read and pages are rendered with it.
            _site.WriteBytes(SiteInputs.ConfigFile, i % 2 == 0 ? siteYmls[0] : siteYmls[i]);
            _site.WriteBytes(SiteInputs.StringsFile, stringsYmls[i]);
            var result = _site.Generate();
            Assert.True(result.Succeeded || result.Diagnostics.Any(d => d.Severity == Severity.Error), "failed without an error");
            foreach (var d in result.Diagnostics)
                Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString());
        }
    }
}
