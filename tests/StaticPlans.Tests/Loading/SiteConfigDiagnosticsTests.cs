using StaticPlans.Diagnostics;
using StaticPlans.Tests.Support;
using static StaticPlans.Tests.DiagnosticAssert;

namespace StaticPlans.Tests.Loading;

/// <summary>site.yml is checked as front matter is: types, unknown keys, topic slugs; every problem at once, each at its line.</summary>
public sealed class SiteConfigDiagnosticsTests : IDisposable
{
    private const string File = "site.yml";
    private readonly TestSite _site = new(siteYml: null);

    public void Dispose() => _site.Dispose();

    private IReadOnlyList<Diagnostic> Check(string siteYml)
    {
        _site.Write(File, siteYml);
        _site.WritePlan("p");
        return _site.Check();
    }

    private const string Head = "title: 测试\nbase_url: https://example.gov.cn/plans/\nkinds: { plan: 工作计划 }\n";

    [Fact]
    public void A_duplicate_topic_slug_is_an_error_at_the_second_ones_slug_not_a_stack_trace()
    {
        var diagnostics = Check(Head + "topics:\n  - { slug: safety, name: 校园安全 }\n  - { slug: preschool, name: 学前教育 }\n  - { slug: safety, name: 安全 }\n");
        var d = Single(diagnostics, DiagnosticCodes.TopicDuplicate, File, 7, 13, Severity.Error);
        Assert.Contains("'safety' is defined twice", d.Message);
    }

    [Fact]
    public void Topic_slugs_that_differ_only_in_case_are_an_error()
    {
        var diagnostics = Check(Head + "topics:\n  - { slug: safety, name: 校园安全 }\n  - { slug: Safety, name: 安全 }\n");
        var d = Single(diagnostics, DiagnosticCodes.TopicDuplicate, File, 6, 13, Severity.Error);
        Assert.Contains("only in case", d.Message);
    }

    [Theory]
    [InlineData("con")]
    [InlineData("NUL")]
    [InlineData("aux")]
    [InlineData("prn")]
    [InlineData("com1")]
    [InlineData("lpt9")]
    [InlineData("nul.x")]
    [InlineData("safety.")]
    public void A_topic_slug_windows_cannot_hold_as_a_folder_is_an_error(string slug)
    {
        var diagnostics = Check(Head + $"topics:\n  - {{ slug: {slug}, name: 安全 }}\n");
        var d = Single(diagnostics, DiagnosticCodes.SiteConfigInvalid, File, 5, 13, Severity.Error);
        Assert.Contains("Windows", d.Message);
    }

    [Fact]
    public void Unknown_keys_are_warnings_with_did_you_mean_and_the_site_still_builds()
    {
        var diagnostics = Check(Head + "bureu: 测试县教育局\ntopics:\n  - { slug: safety, name: 校园安全, keyword: [安全] }\n");
        var key = diagnostics.Where(x => x.Code == DiagnosticCodes.SiteConfigUnknownKey).OrderBy(x => x.Line).ToList();
        Assert.Equal(2, key.Count);
        Assert.True(key.All(k => k.File == File && k.Severity == Severity.Warning));
        Assert.Equal((4, 1), (key[0].Line, key[0].Column));
        Assert.Contains("did you mean 'bureau'", key[0].Message);
        Assert.Equal((6, 33), (key[1].Line, key[1].Column));
        Assert.Contains("did you mean 'keywords'", key[1].Message);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void An_unknown_open_data_key_is_a_warning_with_did_you_mean()
    {
        var diagnostics = Check(Head + "open_data: { single_flie: true }\n");
        var d = Single(diagnostics, DiagnosticCodes.SiteConfigUnknownKey, File, 4, 14, Severity.Warning);
        Assert.Contains("did you mean 'single_file'", d.Message);
        Assert.DoesNotContain(diagnostics, x => x.Severity == Severity.Error);
    }

    [Fact]
    public void A_misspelt_open_data_key_is_a_warning_with_did_you_mean()
    {
        var d = Single(Check(Head + "opendata: { single_file: true }\n"), DiagnosticCodes.SiteConfigUnknownKey, File, 4, 1, Severity.Warning);
        Assert.Contains("did you mean 'open_data'", d.Message);
    }

    [Theory]
    [InlineData("open_data: { single_file: yes please }\n", DiagnosticCodes.SiteConfigInvalid, 4, 27, "must be true or false")]
    [InlineData("open_data: true\n", DiagnosticCodes.SiteConfigFieldType, 4, 12, "'open_data' must be a mapping")]
    public void A_wrong_open_data_value_is_an_error_at_its_place(string yml, string code, int line, int column, string message)
    {
        var d = Single(Check(Head + yml), code, File, line, column, Severity.Error);
        Assert.Contains(message, d.Message);
    }

    [Theory]
    [InlineData("topics: preschool\n", 4, 9, "'topics' must be a list")]
    [InlineData("topics:\n  - preschool\n", 5, 5, "a topic must be a mapping")]
    [InlineData("topics:\n  - { slug: safety, name: 安全, keywords: 安全 }\n", 5, 41, "'keywords' must be a list")]
    [InlineData("topics:\n  - { slug: [a, b], name: 安全 }\n", 5, 13, "'slug' must be a single value")]
    [InlineData("bureau: [a, b]\n", 4, 9, "'bureau' must be a single value")]
    [InlineData("page_size: { a: 1 }\n", 4, 12, "'page_size' must be a single value")]
    public void A_value_of_the_wrong_type_is_an_error_at_the_value(string yaml, int line, int column, string message)
    {
        var d = Single(Check(Head + yaml), DiagnosticCodes.SiteConfigFieldType, File, line, column, Severity.Error);
        Assert.Contains(message, d.Message);
    }

    [Fact]
    public void Kinds_written_as_a_list_are_an_error_at_the_list()
    {
        var diagnostics = Check("title: 测试\nkinds: [plan, summary]\n");
        var d = Single(diagnostics, DiagnosticCodes.SiteConfigFieldType, File, 2, 8, Severity.Error);
        Assert.Contains("'kinds' must map each kind", d.Message);
    }

    [Fact]
    public void Every_problem_of_site_yml_is_reported_at_once_with_its_line()
    {
        var diagnostics = Check("""
            titel: 测试
            base_url: ftp://example.gov.cn/
            kinds: { plan: 工作计划 }
            page_size: 0
            topics:
              - { slug: safety, name: 校园安全 }
              - { slug: safety, name: 安全 }
              - { slug: 学前, name: 学前教育 }
            """);
        var lines = diagnostics.Where(d => d.File == File).Select(d => (d.Line, d.Code)).Order().ToList();
        Assert.Equal(
        [
            (1, DiagnosticCodes.SiteConfigInvalid), (1, DiagnosticCodes.SiteConfigUnknownKey), (2, DiagnosticCodes.SiteConfigInvalid),
            (4, DiagnosticCodes.SiteConfigInvalid), (7, DiagnosticCodes.TopicDuplicate), (8, DiagnosticCodes.SiteConfigInvalid),
        ], lines);
    }

    [Fact]
    public void The_sample_site_yml_has_no_problem()
    {
        var diagnostics = new List<Diagnostic>();
        Assert.NotNull(StaticPlans.Loading.SiteConfigLoader.Load(Support.RepoPaths.Root, diagnostics));
        Assert.Empty(diagnostics);
    }
}
