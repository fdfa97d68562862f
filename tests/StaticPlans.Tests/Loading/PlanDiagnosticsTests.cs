using System.Text;
using StaticPlans.Diagnostics;
using static StaticPlans.Tests.DiagnosticAssert;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Loading;

/// <summary>Each front matter problem an editor can make, run through the whole pipeline as 'check' and 'build' run it.</summary>
public sealed class PlanDiagnosticsTests : IDisposable
{
    private readonly TestSite _site = new();
    private const string File = "content/plans/2024/p.md";

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_file_without_front_matter_is_an_error_at_its_first_line()
    {
        _site.Write(File, "## 一、总体要求\n\n正文\n");
        Single(_site.Check(), DiagnosticCodes.FrontMatterMissing, File, 1, 1, Severity.Error);
    }

    [Fact]
    public void Unterminated_front_matter_points_at_the_opening_fence()
    {
        _site.Write(File, "---\ntitle: 计划\nyear: 2024\n\n## 一、总体要求\n");
        var d = Single(_site.Check(), DiagnosticCodes.FrontMatterUnterminated, File, 1, 1, Severity.Error);
        Assert.Contains("never closed", d.Message);
    }

    [Theory]
    [InlineData("title: 计划: 第二稿\n", 2, 10)]
    [InlineData("title: \"未闭合的引号\nyear: 2024\n", 2, 8)]
    [InlineData("title: 计划\nyear: 2024\ntopics: [safety, preschool\nkind: plan\n", 4, 9)]
    [InlineData("title: 计划\ntopics: [safety, preschool\n", 4, 1)]
    [InlineData("title: 计划\n\tyear: 2024\n", 3, 1)]
    public void A_yaml_syntax_error_is_located_in_the_md_file_not_the_yaml_block(string yaml, int line, int column)
    {
        _site.Write(File, $"---\n{yaml}---\n\n正文\n");
        var d = Single(_site.Check(), DiagnosticCodes.FrontMatterSyntax, File, line, column, Severity.Error);
        Assert.StartsWith("YAML syntax error", d.Message);
    }

    [Fact]
    public void A_yaml_syntax_error_keeps_its_position_with_a_bom_and_crlf()
    {
        _site.WriteBytes(File, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\r\nyear: 2024\r\ntitle: 计划: 第二稿\r\n---\r\n\r\n正文\r\n")]);
        Single(_site.Check(), DiagnosticCodes.FrontMatterSyntax, File, 3, 10, Severity.Error);
    }

    [Fact]
    public void A_missing_required_field_is_named()
    {
        _site.Write(File, "---\ntitle: 计划\nyear: 2024\nkind: plan\n---\n\n正文\n");
        var d = Single(_site.Check(), DiagnosticCodes.RequiredFieldMissing, File, 1, 1, Severity.Error);
        Assert.Contains("'date'", d.Message);
    }

    [Fact]
    public void A_year_in_chinese_numerals_is_an_error_on_the_year_value()
    {
        _site.Write(File, "---\ntitle: 计划\nyear: 二〇二四\nkind: plan\ndate: 2024-02-01\n---\n\n正文\n");
        var d = Single(_site.Check(), DiagnosticCodes.YearInvalid, File, 3, 7, Severity.Error);
        Assert.Contains("2024", d.Message);
        Assert.Contains("二〇二四", d.Message);
    }

    [Theory]
    [InlineData("1800")]
    [InlineData("2101")]
    public void A_year_out_of_range_is_an_error(string year)
    {
        _site.Write(File, $"---\ntitle: 计划\nkind: plan\nyear: {year}\ndate: 2024-02-01\n---\n\n正文\n");
        var d = Single(_site.Check(), DiagnosticCodes.YearInvalid, File, 4, 7, Severity.Error);
        Assert.Contains("1949", d.Message);
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2024年2月1日")]
    [InlineData("02/01/2024")]
    public void An_invalid_date_is_an_error_on_the_date_value(string date)
    {
        _site.Write(File, $"---\ntitle: 计划\nyear: 2024\nkind: plan\ndate: {date}\n---\n\n正文\n");
        var d = Single(_site.Check(), DiagnosticCodes.DateInvalid, File, 5, 7, Severity.Error);
        Assert.Contains("YYYY-MM-DD", d.Message);
    }

    [Fact]
    public void An_unknown_kind_suggests_the_closest_one()
    {
        _site.Write(File, "---\ntitle: 计划\nyear: 2024\nkind: plann\ndate: 2024-02-01\n---\n\n正文\n");
        var d = Single(_site.Check(), DiagnosticCodes.KindUnknown, File, 4, 7, Severity.Error);
        Assert.Contains("did you mean 'plan'?", d.Message);
    }

    [Fact]
    public void A_kind_written_as_its_chinese_name_suggests_its_key()
    {
        _site.Write(File, "---\ntitle: 计划\nyear: 2024\nkind: 工作总结\ndate: 2024-02-01\n---\n\n正文\n");
        var d = Single(_site.Check(), DiagnosticCodes.KindUnknown, File, 4, 7, Severity.Error);
        Assert.Contains("did you mean 'summary'?", d.Message);
    }

    [Fact]
    public void An_unknown_topic_is_an_error_on_that_list_item_with_a_suggestion()
    {
        _site.WritePlan("p", extraFrontMatter: "topics:\n  - preschool\n  - safty\n");
        var d = Single(_site.Check(), DiagnosticCodes.TopicUnknown, File, 8, 5, Severity.Error);
        Assert.Contains("did you mean 'safety'?", d.Message);
    }

    [Fact]
    public void An_unknown_topic_far_from_every_slug_gets_no_suggestion()
    {
        _site.WritePlan("p", extraFrontMatter: "topics: [preschool, astronomy]");
        var d = Single(_site.Check(), DiagnosticCodes.TopicUnknown, File, 6, 21, Severity.Error);
        Assert.DoesNotContain("did you mean", d.Message);
    }

    [Theory]
    [InlineData("../evil")]
    [InlineData("../../etc")]
    [InlineData("a/b")]
    [InlineData("..")]
    public void A_slug_that_would_write_outside_its_folder_is_an_error(string slug)
    {
        _site.WritePlan("p", extraFrontMatter: $"slug: \"{slug}\"");
        Single(_site.Check(), DiagnosticCodes.SlugUnsafe, File, 6, 7, Severity.Error);
    }

    [Fact]
    public void A_file_name_that_cannot_be_a_url_needs_a_slug()
    {
        _site.Write("content/plans/2024/工作计划.md", "---\ntitle: 计划\nyear: 2024\nkind: plan\ndate: 2024-02-01\n---\n\n正文\n");
        var d = Single(_site.Check(), DiagnosticCodes.SlugUnsafe, "content/plans/2024/工作计划.md", 1, 1, Severity.Error);
        Assert.Contains("slug:", d.Message);
    }

    [Fact]
    public void Two_plans_with_the_same_url_are_an_error_at_the_later_ones_slug()
    {
        _site.WritePlan("a", extraFrontMatter: "slug: work-plan");
        _site.WritePlan("b", extraFrontMatter: "slug: work-plan");
        var d = Single(_site.Check(), DiagnosticCodes.DuplicateUrl, "content/plans/2024/b.md", 6, 7, Severity.Error);
        Assert.Contains("content/plans/2024/a.md", d.Message);
        Assert.Contains("/plans/2024/work-plan/", d.Message);
    }

    [Fact]
    public void A_gbk_file_is_reported_at_its_first_non_utf8_character_with_the_conversion_command()
    {
        var gbk = GbkText("---\ntitle: 云溪县教育局工作计划\nyear: 2024\nkind: plan\ndate: 2024-02-01\n---\n\n正文\n");
        _site.WriteBytes(File, gbk);
        var d = Single(_site.Check(), DiagnosticCodes.NotUtf8, File, 2, 8, Severity.Error);
        Assert.Contains("GBK", d.Message);
        Assert.Contains($"staticplans convert-encoding {File}", d.Message);
    }

    [Fact]
    public void A_bom_and_crlf_line_endings_are_accepted_silently()
    {
        _site.WriteBytes(File, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(
            "---\r\ntitle: 计划\r\nyear: 2024\r\nkind: plan\r\ndate: 2024-02-01\r\n---\r\n\r\n## 一、总体要求\r\n\r\n做好校园安全工作。\r\n")]);
        var result = _site.Generate();
        Assert.Empty(result.Diagnostics);
        Assert.Equal(1, result.PlanCount);
    }

    [Fact]
    public void Positions_stay_right_in_a_file_with_bom_and_crlf()
    {
        _site.WriteBytes(File, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(
            "---\r\ntitle: 计划\r\nyear: 2024\r\nkind: plann\r\ndate: 2024-02-01\r\n---\r\n")]);
        Single(_site.Check(), DiagnosticCodes.KindUnknown, File, 4, 7, Severity.Error);
    }

    [Fact]
    public void Positions_in_the_body_stay_right_in_a_file_with_bom_and_crlf()
    {
        _site.WriteBytes(File, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(
            "---\r\ntitle: 计划\r\nyear: 2024\r\nkind: plan\r\ndate: 2024-02-01\r\n---\r\n\r\n## 一、总体要求\r\n\r\n校园安全 [见下](#nowhere)。\r\n")]);
        Single(_site.Check(), DiagnosticCodes.BrokenAnchor, File, 10, 6, Severity.Warning);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_that_suggests_the_known_one()
    {
        _site.WritePlan("p", extraFrontMatter: "titel: 另一个标题");
        var d = Single(_site.Check(), DiagnosticCodes.UnknownKey, File, 6, 1, Severity.Warning);
        Assert.Contains("'titel'", d.Message);
        Assert.Contains("did you mean 'title'?", d.Message);
    }

    [Fact]
    public void A_date_in_another_year_than_year_is_a_warning_on_the_date()
    {
        _site.WritePlan("p", date: "2023-12-28");
        var d = Single(_site.Check(), DiagnosticCodes.DateYearMismatch, File, 5, 7, Severity.Warning);
        Assert.Contains("2023", d.Message);
    }

    [Theory]
    [InlineData("2024-01-18")]
    [InlineData("2024-03-31")]
    public void An_annual_summary_signed_by_the_end_of_march_of_the_next_year_is_not_a_mismatch(string date)
    {
        _site.Write("content/plans/2023/s.md", $"---\ntitle: 2023年工作总结\nyear: 2023\nkind: summary\ndate: {date}\n---\n\n正文\n");
        Assert.DoesNotContain(_site.Check(), d => d.Code == DiagnosticCodes.DateYearMismatch);
    }

    [Theory]
    [InlineData("summary", "2024-04-01")]
    [InlineData("summary", "2025-01-10")]
    [InlineData("plan", "2024-01-18")]
    public void A_summary_signed_later_or_a_plan_signed_the_next_year_is_still_a_mismatch(string kind, string date)
    {
        _site.Write("content/plans/2023/s.md", $"---\ntitle: 2023年工作总结\nyear: 2023\nkind: {kind}\ndate: {date}\n---\n\n正文\n");
        Single(_site.Check(), DiagnosticCodes.DateYearMismatch, "content/plans/2023/s.md", 5, 7, Severity.Warning);
    }

    [Fact]
    public void A_date_year_mismatch_is_reported_alongside_other_errors_in_the_file()
    {
        _site.Write(File, "---\ntitle: 计划\nyear: 2024\nkind: plann\ndate: 2023-12-28\n---\n\n正文\n");
        var diagnostics = _site.Check();
        Single(diagnostics, DiagnosticCodes.KindUnknown, File, 4, 7, Severity.Error);
        Single(diagnostics, DiagnosticCodes.DateYearMismatch, File, 5, 7, Severity.Warning);
    }

    [Fact]
    public void Every_problem_of_a_file_is_listed_at_once()
    {
        _site.Write(File, "---\ntitle: 计划\nyear: 二〇二四\nkind: plann\ndate: 2024-13-01\ntitel: x\n---\n\n正文\n");
        var codes = _site.Check().Select(d => d.Code).ToList();
        Assert.Equal([DiagnosticCodes.YearInvalid, DiagnosticCodes.KindUnknown, DiagnosticCodes.DateInvalid, DiagnosticCodes.UnknownKey], codes);
    }

    internal static byte[] GbkText(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text);
    }
}
