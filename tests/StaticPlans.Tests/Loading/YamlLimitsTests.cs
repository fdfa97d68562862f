using System.Diagnostics;
using StaticPlans.Diagnostics;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Loading;

/// <summary>
/// YAML that asks for unbounded work is refused before any node is built: nesting tens of thousands of levels deep
/// used to overflow the stack and abort the process, and an alias bomb used as a mapping key ran for minutes. Front
/// matter, site.yml and strings.yml are read the same way.
/// </summary>
public sealed class YamlLimitsTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private static string Deep(int levels) => new string('[', levels) + new string(']', levels);

    /// <summary>Eight levels of nine aliases each: 43 million values as written out, in about 300 bytes.</summary>
    private static string AliasBomb()
    {
        var lines = new List<string> { "a: &a [x, x, x, x, x, x, x, x, x]" };
        for (var level = 1; level < 8; level++)
        {
            var (previous, name) = ((char)('a' + level - 1), (char)('a' + level));
            lines.Add($"{name}: &{name} [{string.Join(", ", Enumerable.Repeat("*" + previous, 9))}]");
        }
        lines.Add($"i: &i [{string.Join(", ", Enumerable.Repeat("*g", 9))}]");
        // Two keys equal in value: comparing them walks both expansions (and the duplicate-key message prints one).
        return string.Join("\n", lines) + "\n? *h\n: 1\n? *i\n: 2\n";
    }

    private (IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Took) TimedCheck()
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = _site.Check();
        return (diagnostics, clock.Elapsed);
    }

    [Fact]
    public void Front_matter_nested_sixty_thousand_levels_deep_is_a_diagnostic_not_a_crash()
    {
        _site.WritePlan("p", extraFrontMatter: "summary: " + Deep(60_000));
        var (diagnostics, took) = TimedCheck();
        var d = diagnostics.Single(x => x.Code == DiagnosticCodes.FrontMatterSyntax);
        Assert.Equal(("content/plans/2024/p.md", 6, 73, Severity.Error), (d.File, d.Line, d.Column, d.Severity));
        Assert.Contains("nested more than 64 levels", d.Message);
        Assert.True(took < TimeSpan.FromSeconds(20), $"took {took}");
    }

    [Fact]
    public void An_alias_bomb_in_front_matter_is_a_diagnostic_at_the_alias_that_goes_too_far()
    {
        _site.WritePlan("p", extraFrontMatter: AliasBomb());
        var (diagnostics, took) = TimedCheck();
        var d = diagnostics.Single(x => x.Code == DiagnosticCodes.FrontMatterSyntax);
        Assert.Equal(("content/plans/2024/p.md", Severity.Error), (d.File, d.Severity));
        Assert.Contains("aliases ('*", d.Message);
        Assert.Contains("10,000", d.Message);
        Assert.True(took < TimeSpan.FromSeconds(20), $"took {took}");
    }

    [Fact]
    public void A_deep_or_exploding_site_yml_is_a_diagnostic()
    {
        _site.Write("site.yml", TestSite.DefaultSiteYml + "\nextra: " + Deep(60_000) + "\n");
        var deep = _site.Check().Single(x => x.Code == DiagnosticCodes.SiteConfigSyntax);
        Assert.Equal(("site.yml", Severity.Error), (deep.File, deep.Severity));
        Assert.Contains("nested more than 64 levels", deep.Message);

        _site.Write("site.yml", TestSite.DefaultSiteYml + "\n" + AliasBomb());
        Assert.Contains("aliases", _site.Check().Single(x => x.Code == DiagnosticCodes.SiteConfigSyntax).Message);
    }

    [Fact]
    public void A_deep_or_exploding_strings_yml_is_a_diagnostic()
    {
        _site.WritePlan("p");
        _site.Write("strings.yml", "nav_home: " + Deep(60_000) + "\n");
        var deep = _site.Check().Single(x => x.Code == DiagnosticCodes.StringsInvalid);
        Assert.Equal(("strings.yml", 1, 74, Severity.Error), (deep.File, deep.Line, deep.Column, deep.Severity));

        _site.Write("strings.yml", AliasBomb());
        Assert.Contains("aliases", _site.Check().Single(x => x.Code == DiagnosticCodes.StringsInvalid).Message);
    }

    [Fact]
    public void Ordinary_anchors_aliases_and_nesting_are_read_as_before()
    {
        _site.WritePlan("p", extraFrontMatter: "topics: &t [safety]\nsummary: 一段摘要。");
        Assert.DoesNotContain(_site.Check(), d => d.Severity == Severity.Error);
    }
}
