using StaticPlans.Diagnostics;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Rendering;

public class TemplateErrorTests
{
    private static TestSite SiteWithLayout(string layout) => new TestSite()
        .Plan(2024, "a", "title: 甲\nyear: 2024\nkind: plan\ndate: 2024-03-01", "## 一、学前教育\n文。\n")
        .Write("layouts/plan.html", layout);

    [Fact]
    public void An_unknown_member_in_a_site_layout_is_an_error_with_its_file_line_and_column()
    {
        using var site = SiteWithLayout("<h1>{{ plan.title }}</h1>\n<p>{{ plan.titel }}</p>\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("layouts/plan.html", 2, 12, DiagnosticCodes.TemplateRuntime), (error.File, error.Line, error.Column, error.Code));
        Assert.Contains("titel", error.Message);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_unknown_variable_is_an_error_not_empty_output()
    {
        using var site = SiteWithLayout("<h1>{{ plan.title }}</h1>\n\n{{ plna.body }}\n");

        var error = Assert.Single(site.Build().Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal(("layouts/plan.html", 3, 4), (error.File, error.Line, error.Column));
        Assert.Contains("plna", error.Message);
    }

    [Fact]
    public void A_syntax_error_is_reported_with_file_and_line_before_any_page_is_rendered()
    {
        using var site = SiteWithLayout("<h1>{{ plan.title }}</h1>\n{{ if plan.year }}\n<p>never closed</p>\n");

        var error = Assert.Single(site.Build().Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal("layouts/plan.html", error.File);
        Assert.Equal(DiagnosticCodes.TemplateSyntax, error.Code);
        Assert.True(error.Line >= 2);
    }
}
