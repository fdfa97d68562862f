using StaticPlans.Diagnostics;
using static StaticPlans.Tests.DiagnosticAssert;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Loading;

/// <summary>A site's strings.yml is checked when loaded: named placeholders, known keys, one text per key.</summary>
public sealed class StringsLoaderTests : IDisposable
{
    private const string File = "strings.yml";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private IReadOnlyList<Diagnostic> Check(string stringsYml)
    {
        _site.Write(File, stringsYml);
        _site.WritePlan("p");
        return _site.Check();
    }

    [Theory]
    [InlineData("year_title: \"{1}年度文件\"\n", "names {1}, which it is not given")]
    [InlineData("year_title: \"{0}年度文件\"\n", "names {0}, which it is not given")]
    [InlineData("year_title: \"{yaer}年度文件\"\n", "did you mean '{year}'")]
    [InlineData("topic_description: \"{year}年的{topic}\"\n", "it can use {topic}")]
    [InlineData("nav_home: \"首页{year}\"\n", "this text takes no values")]
    [InlineData("year_title: \"{year年度文件\"\n", "'{' that is not closed")]
    [InlineData("year_title: \"year}年度文件\"\n", "'}' that closes no {name}")]
    public void A_placeholder_a_text_is_not_given_is_an_error_at_its_line_not_a_failure_while_rendering(string yaml, string message)
    {
        var d = Single(Check("# 本站的界面文字\n" + yaml), DiagnosticCodes.StringsPlaceholder, File, 2, yaml.IndexOf(':') + 3, Severity.Error);
        Assert.Contains(message, d.Message);
    }

    [Fact]
    public void Named_placeholders_are_filled_in_on_the_pages()
    {
        Assert.DoesNotContain(Check("year_title: \"{year}年的文件\"\npage_title_suffix: \"（{page}）\"\ntopic_description: \"关于{topic}\"\n"),
            d => d.File == File);
        var result = _site.Generate();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var year = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "years/2024/index.html").Bytes);
        Assert.Contains("2024年的文件", year);
        var topic = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "topics/safety/index.html").Bytes);
        Assert.Contains("关于校园安全", topic);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_with_did_you_mean()
    {
        var d = Single(Check("nav_hom: 主页\n"), DiagnosticCodes.StringsUnknownKey, File, 1, 1, Severity.Warning);
        Assert.Contains("did you mean 'nav_home'", d.Message);
    }

    [Fact]
    public void A_list_where_a_text_is_expected_is_an_error_at_the_value()
    {
        var d = Single(Check("nav_home: [首页, 主页]\n"), DiagnosticCodes.StringsValueType, File, 1, 11, Severity.Error);
        Assert.Contains("must be one text", d.Message);
    }

    [Fact]
    public void Every_problem_of_strings_yml_is_reported_at_once()
    {
        var diagnostics = Check("nav_hom: 主页\nyear_title: \"{1}\"\nnav_years: [a]\nsearch_none: \"没有“{query}”{count}\"\n").Where(d => d.File == File);
        Assert.Equal([1, 2, 3, 4], diagnostics.Select(d => d.Line).Order());
    }

    [Fact]
    public void The_themes_own_strings_name_only_the_values_they_are_given()
    {
        var yaml = System.IO.File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "themes/default/strings.yml"));
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(yaml));
        var map = (YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode;
        foreach (var (key, value) in map.Children)
        {
            var name = ((YamlDotNet.RepresentationModel.YamlScalarNode)key).Value!;
            Assert.Null(StaticPlans.Loading.StringsLoader.PlaceholderProblem(name, ((YamlDotNet.RepresentationModel.YamlScalarNode)value).Value!));
        }
        Assert.All(StaticPlans.Loading.StringsLoader.Placeholders, p => Assert.Contains("{" + p.Value[0] + "}", yaml));
    }
}
