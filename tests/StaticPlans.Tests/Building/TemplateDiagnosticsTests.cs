using StaticPlans.Diagnostics;
using StaticPlans.Tests.Support;
using static StaticPlans.Tests.DiagnosticAssert;

namespace StaticPlans.Tests.Building;

/// <summary>A site's own layouts/ override the theme; their mistakes name the site's file, line and column.</summary>
public sealed class TemplateDiagnosticsTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private static string BuiltInLayout(string name)
    {
        var repo = AppContext.BaseDirectory;
        while (!Directory.Exists(Path.Combine(repo, "themes", "default"))) repo = Path.GetDirectoryName(repo)!;
        return File.ReadAllText(Path.Combine(repo, "themes", "default", "layouts", name));
    }

    [Fact]
    public void A_misspelt_member_in_a_site_layout_is_an_error_at_that_place()
    {
        _site.WritePlan("p");
        _site.Write("layouts/plan.html", "<article>\n  <h1>{{ plan.titel }}</h1>\n</article>\n");
        var d = Single(_site.Check(), DiagnosticCodes.TemplateRuntime, "layouts/plan.html", 2, 15, Severity.Error);
        Assert.Contains("titel", d.Message);
    }

    [Fact]
    public void A_typo_in_a_copy_of_the_real_plan_layout_is_found()
    {
        _site.WritePlan("p");
        var layout = BuiltInLayout("plan.html");
        var at = layout.IndexOf("plan.title", StringComparison.Ordinal);
        Assert.True(at >= 0);
        var line = layout[..at].Count(c => c == '\n') + 1;
        var column = at - (layout.LastIndexOf('\n', at - 1) + 1) + 1;
        _site.Write("layouts/plan.html", layout[..at] + "plan.titel" + layout[(at + "plan.title".Length)..]);
        var d = _site.Check().Single();
        Assert.Equal((DiagnosticCodes.TemplateRuntime, "layouts/plan.html", line), (d.Code, d.File, d.Line));
        Assert.InRange(d.Column, column, column + "plan.".Length);
    }

    [Fact]
    public void A_template_syntax_error_is_an_error_at_that_place()
    {
        _site.WritePlan("p");
        _site.Write("layouts/year.html", "<h1>{{ page.title }}</h1>\n<p>{{ for p in plans }}</p>\n");
        var diagnostics = _site.Check();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal((DiagnosticCodes.TemplateSyntax, "layouts/year.html", Severity.Error), (d.Code, d.File, d.Severity)));
        Assert.Contains(diagnostics, d => d.Line == 2);
    }

    [Fact]
    public void A_broken_layout_and_a_broken_plan_are_reported_together_and_the_build_writes_nothing()
    {
        // The theme is parsed beside the plans' loading and modelling: its errors still arrive in the same run as the
        // plans', and the build still stops before anything is written.
        _site.WritePlan("good");
        _site.Plan(2024, "bad", "title: 测试县教育局2024年工作计划\nyear: 2024\nkind: nonsense\ndate: 2024-02-01", "## 一、总体要求\n\n正文。\n");
        _site.Write("layouts/year.html", "<h1>{{ page.title }}</h1>\n<p>{{ for p in plans }}</p>\n");
        var result = _site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => (d.Code, d.File, d.Line) == (DiagnosticCodes.TemplateSyntax, "layouts/year.html", 2));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.KindUnknown && d.File.EndsWith("bad.md", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_site.Output));
    }
}
