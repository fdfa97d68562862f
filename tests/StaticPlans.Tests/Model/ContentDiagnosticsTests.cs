using StaticPlans.Diagnostics;
using static StaticPlans.Tests.DiagnosticAssert;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Model;

/// <summary>Warnings about a plan's body: numbering, empty sections, topics.</summary>
public sealed class ContentDiagnosticsTests : IDisposable
{
    private readonly TestSite _site = new();
    private const string File = "content/plans/2024/p.md";

    public void Dispose() => _site.Dispose();

    // WritePlan's front matter is lines 1-5, the fence line 6, a blank line 7: the body starts on line 8.

    [Fact]
    public void Numbering_that_skips_is_a_warning_on_that_heading()
    {
        _site.WritePlan("p", "## 一、总体要求\n\n校园安全。\n\n## 三、保障措施\n\n校园安全。\n");
        var d = Single(_site.Check(), DiagnosticCodes.NumberingSkip, File, 12, 1, Severity.Warning);
        Assert.Contains("三、保障措施", d.Message);
        Assert.Contains("2 was expected", d.Message);
    }

    [Fact]
    public void Numbering_that_skips_among_subheadings_is_counted_per_parent()
    {
        _site.WritePlan("p", "## 一、总体要求\n\n### （一）目标\n\n校园安全。\n\n## 二、任务\n\n### （一）安全\n\n校园安全。\n\n### （三）教师\n\n教师培训。\n");
        Single(_site.Check(), DiagnosticCodes.NumberingSkip, File, 20, 1, Severity.Warning);
    }

    [Fact]
    public void Items_numbered_on_across_chapters_as_key_points_do_are_not_a_skip()
    {
        // 工作要点 count (一)(二)… through the whole document: (三) is the first item under 二、.
        _site.WritePlan("p", "## 一、总体要求\n\n### （一）目标\n\n校园安全。\n\n### （二）原则\n\n校园安全。\n\n## 二、任务\n\n### （三）安全\n\n校园安全。\n\n### （四）教师\n\n教师培训。\n");
        Assert.DoesNotContain(_site.Check(), d => d.Code == DiagnosticCodes.NumberingSkip);
    }

    [Fact]
    public void A_chapters_first_item_that_neither_restarts_nor_goes_on_is_a_skip()
    {
        // After (二), the first item under 二、 may be (一) or (三); (五) is a mistake either way.
        _site.WritePlan("p", "## 一、总体要求\n\n### （一）目标\n\n校园安全。\n\n### （二）原则\n\n校园安全。\n\n## 二、任务\n\n### （五）安全\n\n校园安全。\n");
        var d = Single(_site.Check(), DiagnosticCodes.NumberingSkip, File, 20, 1, Severity.Warning);
        Assert.Contains("（五）安全", d.Message);
    }

    [Fact]
    public void A_paren_heading_directly_under_the_title_is_a_level_warning_and_not_a_skip()
    {
        _site.WritePlan("p", "### （一）工作目标\n\n校园安全。\n\n## 一、总体要求\n\n校园安全。\n\n## 二、任务\n\n校园安全。\n");
        var diagnostics = _site.Check();
        var d = Single(diagnostics, DiagnosticCodes.NumberingLevel, File, 8, 1, Severity.Warning);
        Assert.Contains("（一）", d.Message);
        Assert.DoesNotContain(diagnostics, x => x.Code == DiagnosticCodes.NumberingSkip);
    }

    [Fact]
    public void An_empty_section_is_a_warning_on_its_heading()
    {
        _site.WritePlan("p", "## 一、总体要求\n\n校园安全。\n\n## 二、保障措施\n\n## 三、其他\n\n校园安全。\n");
        var d = Single(_site.Check(), DiagnosticCodes.EmptySection, File, 12, 1, Severity.Warning);
        Assert.Contains("二、保障措施", d.Message);
    }

    [Fact]
    public void A_heading_whose_text_is_only_in_subsections_is_not_empty()
    {
        _site.WritePlan("p", "## 一、总体要求\n\n### （一）目标\n\n校园安全。\n");
        Assert.DoesNotContain(_site.Check(), d => d.Code == DiagnosticCodes.EmptySection);
    }

    [Fact]
    public void A_plan_with_no_topic_is_a_warning()
    {
        _site.WritePlan("p", "## 一、总体要求\n\n做好财务管理工作。\n");
        Single(_site.Check(), DiagnosticCodes.NoTopic, File, 1, 1, Severity.Warning);
    }

    [Fact]
    public void A_clean_plan_has_no_diagnostics()
    {
        _site.WritePlan("p", "## 一、总体要求\n\n校园安全。\n\n### （一）目标\n\n教师培训。\n\n### （二）任务\n\n幼儿园。\n\n## 二、保障\n\n防溺水。\n");
        Assert.Empty(_site.Check());
    }
}
