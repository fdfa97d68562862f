using StaticPlans.Diagnostics;
using StaticPlans.Tests.Support;
using static StaticPlans.Tests.DiagnosticAssert;

namespace StaticPlans.Tests.Building;

/// <summary>Links written in content are checked against the pages the build makes.</summary>
public sealed class LinkDiagnosticsTests : IDisposable
{
    private readonly TestSite _site = new();
    private const string File = "content/plans/2024/p.md";

    public void Dispose() => _site.Dispose();

    private void PlanWithLine(string line)
    {
        _site.WritePlan("target", "## 一、总体要求\n\n校园安全。\n", year: 2023, date: "2023-02-01");
        _site.WritePlan("p", $"## 一、总体要求\n\n校园安全。\n\n{line}\n");
    }

    [Theory]
    [InlineData("见[计划](/plans/2023/targt/)。", "did you mean '/plans/2023/target/'?")]
    [InlineData("见[年度](/years/2019/)。", "does not exist")]
    [InlineData("见[专题](/topics/astronomy/)。", "does not exist")]
    public void A_link_to_a_page_that_will_not_exist_is_an_error_at_the_link(string line, string expected)
    {
        PlanWithLine(line);
        var d = Single(_site.Check(), DiagnosticCodes.BrokenLink, File, 12, 2, Severity.Error);
        Assert.Contains(expected, d.Message);
    }

    [Fact]
    public void Links_to_existing_plan_year_and_topic_pages_pass()
    {
        PlanWithLine("见[计划](/plans/2023/target/#s1)、[年度](/years/2023/)、[专题](/topics/safety/)。");
        Assert.Empty(_site.Check());
    }

    [Theory]
    [InlineData("/data/index.json")]
    [InlineData("/data/plans-2024.json")]
    [InlineData("/data/figures-2023.zip")]
    [InlineData("/data/plans.schema.json")]
    [InlineData("/topics/safety/feed.xml")]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/404.html")]
    [InlineData("/kinds/plan/")]
    [InlineData("/search/")]
    [InlineData("/search/?q=校园安全")]
    [InlineData("/years/")]
    [InlineData("/topics/")]
    [InlineData("/")]
    public void A_link_to_any_file_the_build_writes_passes(string url)
    {
        PlanWithLine($"见[数据]({url})。");
        Assert.Empty(_site.Check());
    }

    [Theory]
    [InlineData("/data/plans.xml")]
    [InlineData("/data/plans-2019.json")]
    [InlineData("/data/plans.json")]
    [InlineData("/data/figures.csv")]
    [InlineData("/topics/astronomy/feed.xml")]
    [InlineData("/kinds/report/")]
    [InlineData("/atom.xml")]
    public void A_link_to_a_file_beside_those_the_build_writes_is_still_an_error(string url)
    {
        PlanWithLine($"见[数据]({url})。");
        Single(_site.Check(), DiagnosticCodes.BrokenLink, File, 12, 2, Severity.Error);
    }

    [Theory]
    [InlineData("/data/plans.json")]
    [InlineData("/data/figures.csv")]
    public void A_link_to_the_single_open_data_files_passes_when_site_yml_asks_for_them(string url)
    {
        _site.Write("site.yml", TestSite.DefaultSiteYml + "\nopen_data: { single_file: true }\n");
        PlanWithLine($"见[数据]({url})。");
        Assert.Empty(_site.Check());
    }

    [Fact]
    public void A_missing_image_is_an_error_naming_where_the_file_belongs()
    {
        PlanWithLine("校园 ![示意图](/images/map.png)");
        var d = Single(_site.Check(), DiagnosticCodes.MissingImage, File, 12, 4, Severity.Error);
        Assert.Contains("static/images/map.png", d.Message);
    }

    [Fact]
    public void An_image_that_exists_under_static_passes()
    {
        _site.WriteBytes("static/images/map.png", [0x89, 0x50, 0x4E, 0x47]);
        PlanWithLine("校园 ![示意图](/images/map.png)");
        Assert.Empty(_site.Check());
    }

    [Fact]
    public void A_link_to_a_missing_heading_anchor_is_a_warning()
    {
        PlanWithLine("见[目标](/plans/2023/target/#s9)。");
        var d = Single(_site.Check(), DiagnosticCodes.BrokenAnchor, File, 12, 2, Severity.Warning);
        Assert.Contains("#s1", d.Message);
    }

    [Fact]
    public void A_link_to_a_missing_anchor_on_the_same_page_is_a_warning()
    {
        PlanWithLine("[上文](#s7)");
        Single(_site.Check(), DiagnosticCodes.BrokenAnchor, File, 12, 1, Severity.Warning);
    }
}
