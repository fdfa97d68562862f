using StaticPlans.Diagnostics;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Loading;

public class RequiredFieldTests
{
    [Theory]
    [InlineData("title")]
    [InlineData("year")]
    [InlineData("kind")]
    [InlineData("date")]
    public void A_missing_required_field_fails_the_build_naming_the_field_and_file(string field)
    {
        var fields = new Dictionary<string, string> { ["title"] = "标题", ["year"] = "2024", ["kind"] = "plan", ["date"] = "2024-03-01" };
        fields.Remove(field);
        using var site = new TestSite().Plan(2024, "p", string.Join("\n", fields.Select(f => $"{f.Key}: {f.Value}")), "正文。\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.RequiredFieldMissing);
        Assert.Equal("content/plans/2024/p.md", error.File);
        Assert.Contains($"'{field}'", error.Message);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Every_error_of_every_file_is_reported_not_just_the_first()
    {
        using var site = new TestSite()
            .Plan(2024, "a", "title: 甲\nyear: 二〇二四\nkind: plan\ndate: 2024-03-01", "正文。\n")
            .Plan(2024, "b", "title: 乙\nyear: 2024\nkind: plann\ndate: 2024-13-01", "正文。\n");

        var result = site.Build();

        Assert.Equal(
            [("content/plans/2024/a.md", 3, 7, DiagnosticCodes.YearInvalid), ("content/plans/2024/b.md", 4, 7, DiagnosticCodes.KindUnknown),
             ("content/plans/2024/b.md", 5, 7, DiagnosticCodes.DateInvalid)],
            result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => (d.File, d.Line, d.Column, d.Code)).ToArray());
        Assert.Contains("did you mean 'plan'", result.Diagnostics.Single(d => d.Code == DiagnosticCodes.KindUnknown).Message);
    }

    [Fact]
    public void Diagnostics_print_in_the_form_editors_and_CI_read()
    {
        using var site = new TestSite().Plan(2024, "a", "title: 甲\nyear: 2024\nkind: plan\ndate: 2024-02-30", "正文。\n");

        var error = site.Build().Diagnostics.Single(d => d.Code == DiagnosticCodes.DateInvalid);

        Assert.Equal("content/plans/2024/a.md(5,7): error SP0106: date '2024-02-30' is not a valid date: write it as YYYY-MM-DD, like 2024-07-10",
            error.ToString());
    }
}
