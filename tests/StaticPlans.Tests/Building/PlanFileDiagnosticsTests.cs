using StaticPlans.Diagnostics;
using static StaticPlans.Tests.DiagnosticAssert;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Building;

/// <summary>Where plan files are and what they are called: nothing is skipped silently, nothing collides on another OS.</summary>
public sealed class PlanFileDiagnosticsTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("con")]
    [InlineData("CON")]
    [InlineData("nul")]
    [InlineData("aux")]
    [InlineData("prn")]
    [InlineData("com1")]
    [InlineData("lpt3")]
    [InlineData("aux.2024")]
    [InlineData("plan.")]
    public void A_slug_windows_cannot_hold_as_a_folder_is_an_error_at_the_slug_line(string slug)
    {
        _site.WritePlan("p", extraFrontMatter: $"slug: \"{slug}\"");
        var d = Single(_site.Check(), DiagnosticCodes.SlugUnsafe, "content/plans/2024/p.md", 6, 7, Severity.Error);
        Assert.Contains("Windows", d.Message);
    }

    [Fact]
    public void A_file_named_like_a_windows_device_needs_a_slug()
    {
        _site.WritePlan("nul");
        var d = Single(_site.Check(), DiagnosticCodes.SlugUnsafe, "content/plans/2024/nul.md", 1, 1, Severity.Error);
        Assert.Contains("add 'slug:'", d.Message);
    }

    [Fact]
    public void A_duplicate_slug_is_an_error_at_the_later_files_slug_line()
    {
        _site.WritePlan("a", extraFrontMatter: "slug: work-plan");
        _site.WritePlan("b", extraFrontMatter: "summary: 摘要。\nslug: work-plan");
        var d = Single(_site.Check(), DiagnosticCodes.DuplicateUrl, "content/plans/2024/b.md", 7, 7, Severity.Error);
        Assert.Contains("content/plans/2024/a.md", d.Message);
    }

    [Fact]
    public void Slugs_that_differ_only_in_case_are_an_error_at_the_slug_line()
    {
        _site.WritePlan("a", extraFrontMatter: "slug: work-plan");
        _site.WritePlan("b", extraFrontMatter: "slug: Work-Plan");
        var d = Single(_site.Check(), DiagnosticCodes.DuplicateUrl, "content/plans/2024/b.md", 6, 7, Severity.Error);
        Assert.Contains("only in case", d.Message);
    }

    [Fact]
    public void File_names_that_differ_only_in_case_are_an_error()
    {
        _site.WritePlan("plan");
        _site.WritePlan("Plan");
        var d = Single(_site.Check(), DiagnosticCodes.DuplicateUrl, "content/plans/2024/plan.md", 1, 1, Severity.Error);
        Assert.Contains("content/plans/2024/Plan.md", d.Message);
    }

    [Theory]
    [InlineData("content/plans/2024/a.MD", "rename it to a.md")]
    [InlineData("content/plans/2024/a.Md", "rename it to a.md")]
    [InlineData("content/plans/2024/a.markdown", "rename it to a.md")]
    [InlineData("content/foo.md", "move it to content/plans/<year>/foo.md")]
    [InlineData("content/2024/a.md", "move it to content/plans/<year>/a.md")]
    public void A_markdown_file_that_is_not_read_as_a_plan_is_a_warning_not_silence(string path, string advice)
    {
        _site.WritePlan("p");
        _site.Write(path, "---\ntitle: 计划\nyear: 2024\nkind: plan\ndate: 2024-02-01\n---\n正文\n");
        var d = Single(_site.Check(), DiagnosticCodes.PlanFileIgnored, path, 1, 1, Severity.Warning);
        Assert.Contains(advice, d.Message);
    }

    [Fact]
    public void A_folder_year_that_disagrees_with_the_year_field_is_a_warning_at_the_year()
    {
        _site.Write("content/plans/2023/p.md", "---\ntitle: 计划\nyear: 2024\nkind: plan\ndate: 2024-02-01\n---\n\n## 一、总体要求\n\n做好校园安全工作。\n");
        var result = _site.Generate();
        var d = Single(result.Diagnostics, DiagnosticCodes.FolderYearMismatch, "content/plans/2023/p.md", 3, 7, Severity.Warning);
        Assert.Contains("content/plans/2024/", d.Message);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_plan_in_its_own_years_folder_or_a_folder_that_is_no_year_gets_no_folder_warning()
    {
        _site.WritePlan("p");
        _site.Write("content/plans/special/q.md", "---\ntitle: 计划\nyear: 2024\nkind: plan\ndate: 2024-02-01\n---\n\n## 一、总体要求\n\n做好校园安全工作。\n");
        Assert.DoesNotContain(_site.Check(), d => d.Code is DiagnosticCodes.FolderYearMismatch or DiagnosticCodes.PlanFileIgnored);
    }

    [Fact]
    public void The_hand_cleaned_real_documents_placed_in_a_site_get_none_of_these_warnings()
    {
        var clean = Path.Combine(Support.RepoPaths.Root, "..", "shared", "real-docs", "clean");
        var files = Directory.GetFiles(clean, "*.md");
        Assert.Equal(3, files.Length);
        _site.Write("site.yml", System.IO.File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "site.yml")));
        // The sample site.yml's footer shows a badge from static/.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Support.RepoPaths.Root, "static"), "*", SearchOption.AllDirectories))
            _site.WriteBytes(Path.GetRelativePath(Support.RepoPaths.Root, file), System.IO.File.ReadAllBytes(file));
        foreach (var file in files)
        {
            var text = System.IO.File.ReadAllText(file);
            var year = System.Text.RegularExpressions.Regex.Match(text, @"^year: (\d{4})$", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value;
            _site.Write($"content/plans/{year}/{Path.GetFileName(file)}", text);
        }
        var diagnostics = _site.Check();
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Assert.DoesNotContain(diagnostics, d => d.Code is DiagnosticCodes.FolderYearMismatch or DiagnosticCodes.PlanFileIgnored
            or DiagnosticCodes.SlugUnsafe or DiagnosticCodes.DuplicateUrl or DiagnosticCodes.SiteConfigUnknownKey or DiagnosticCodes.TopicDuplicate
            or DiagnosticCodes.SiteConfigFieldType);
    }
}
