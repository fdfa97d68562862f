using System.Text;
using StaticPlans.Diagnostics;
using StaticPlans.Authoring.Importing;
using StaticPlans.Loading;
using StaticPlans.Tests.Support;
using static StaticPlans.Tests.Authoring.Importing.DocxFixture;

namespace StaticPlans.Tests.Authoring.Importing;

/// <summary>An imported plan is a plan like any other: it builds, with the official heading structure and footnotes.</summary>
public class ImportedPlanBuildTests
{
    [Fact]
    public void An_imported_word_document_builds_into_a_page_with_official_section_ids_and_footnotes()
    {
        using var site = new TestSite();
        var source = Path.Combine(site.Root, "plan.docx");
        File.WriteAllBytes(source, new DocxFixture()
            .Paragraph(Words("测试县教育局2024年工作计划", bold: true))
            .Paragraph("测教发〔2024〕1号")
            .Styled("1", "一、总体要求")
            .Paragraph(Words("（一）工作思路", bold: true))
            .Footnoted("坚持立德树人。", "见《教育法》。")
            .Paragraph("1.具体指标")
            .Table(["指标", "目标值"], ["入园率", "95%"])
            .Paragraph(Words("二、保障措施", bold: true))
            .Paragraph("测试县教育局")
            .Paragraph("二〇二四年三月一日")
            .Build());

        var (path, _) = PlanImporter.Import(new ImportRequest(source, site.Root));
        var result = site.Build();

        Assert.Equal(Path.Combine(site.Root, "content", "plans", "2024", "plan.md"), path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = site.Page("plans/2024/plan/");
        Assert.Equal(["s1", "s1-1", "s1-1-1", "s2"],
            page.QuerySelectorAll(".plan-body :is(h2,h3,h4)").Select(h => h.Id ?? "").ToArray());
        Assert.NotNull(page.QuerySelector(".plan-body table"));
        Assert.Contains("见《教育法》。", page.QuerySelector(".plan-body .footnotes")?.TextContent ?? "");
    }

    [Fact]
    public void Placeholders_left_by_the_import_stop_the_build_until_filled_in()
    {
        using var site = new TestSite();
        var source = Path.Combine(site.Root, "notice.txt");
        File.WriteAllText(source, "关于做好秋季开学工作的通知\n请各校做好准备。\n", new UTF8Encoding(false));

        PlanImporter.Import(new ImportRequest(source, site.Root, Year: 2024));
        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(["date", "kind"],
            result.Diagnostics.Where(d => d.Code == DiagnosticCodes.ImportPlaceholder)
                .Select(d => d.Message.Split('\'')[1]).Order(StringComparer.Ordinal).ToArray());
    }

    private const string DatedPlan = "测试县教育局2024年工作计划\n\n一、总体要求\n坚持立德树人。\n\n测试县教育局\n2024年3月1日\n";

    private static string Source(TestSite site, string name, string text = DatedPlan)
    {
        var path = Path.Combine(site.Root, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    // The importer had a slug rule of its own: it took aux.txt for the slug "aux", which the build refuses (a device
    // name on Windows), and refused "v1.2" or "_draft", which the build accepts.
    [Theory]
    [InlineData("aux.txt")]
    [InlineData("COM1.txt")]
    public void A_file_named_like_a_Windows_device_is_imported_under_a_slug_the_build_accepts(string name)
    {
        using var site = new TestSite();

        var (path, _) = PlanImporter.Import(new ImportRequest(Source(site, name), site.Root));
        var result = site.Build();

        Assert.Equal(Path.Combine(site.Root, "content", "plans", "2024", "2024-plan.md"), path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Theory]
    [InlineData("v1.2")]
    [InlineData("_draft")]
    public void A_slug_the_build_accepts_is_one_import_accepts(string slug)
    {
        using var site = new TestSite();

        PlanImporter.Import(new ImportRequest(Source(site, "计划.txt"), site.Root, Slug: slug));
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("坚持立德树人。", site.ReadOutput($"plans/2024/{slug}/"));
    }

    [Theory]
    [InlineData("con")]
    [InlineData("lpt1.txt")]
    [InlineData("plan.")]
    public void A_slug_the_build_rejects_is_refused_by_import_for_the_build_s_reason(string slug)
    {
        using var site = new TestSite().Plan(2024, "by-hand", $"title: 计划\nyear: 2024\nkind: plan\ndate: 2024-03-01\nslug: {slug}", "正文。\n");
        var refusal = Assert.Single(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.SlugUnsafe);

        var error = Assert.Throws<ImportException>(() => PlanImporter.Import(new ImportRequest(Source(site, "计划.txt"), site.Root, Slug: slug)));

        var reason = PlanFormat.SlugProblem(slug)!;
        Assert.EndsWith(reason, refusal.Message);
        Assert.EndsWith(reason, error.Message);
        Assert.False(File.Exists(Path.Combine(site.Root, "content", "plans", "2024", slug + ".md")));
    }

    // Four digits from 1940 to 1948 were taken for the year, which the build refuses (years run from 1949).
    [Fact]
    public void A_year_in_the_title_the_build_rejects_gives_way_to_the_year_of_the_date()
    {
        using var site = new TestSite();

        var (path, _) = PlanImporter.Import(new ImportRequest(Source(site, "计划.txt", DatedPlan.Replace("2024年工作计划", "1948年工作计划")), site.Root));
        var result = site.Build();

        Assert.Equal(Path.Combine(site.Root, "content", "plans", "2024", "2024-plan.md"), path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    private static TestSite SiteWithOnlyPlans() => new(TestSite.DefaultSiteYml.Replace(
        "kinds: { plan: 工作计划, summary: 工作总结, key-points: 工作要点, summary-plan: 工作总结和计划 }", "kinds: { plan: 工作计划 }"));

    // The kind read from the title was written whatever the site's kinds were: 工作要点 gave "kind: key-points",
    // which this site's build refuses (SP0107).
    [Fact]
    public void A_kind_the_site_does_not_define_is_left_to_fill_in_instead_of_written()
    {
        using var site = SiteWithOnlyPlans();

        var (_, plan) = PlanImporter.Import(new ImportRequest(Source(site, "要点.txt", DatedPlan.Replace("工作计划", "工作要点")), site.Root));
        var result = site.Build();

        Assert.Contains(plan.Undecided, item => item.Contains("key-points", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.KindUnknown);
        var placeholder = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.ImportPlaceholder, placeholder.Code);
        Assert.Contains("'kind'", placeholder.Message);
    }

    [Fact]
    public void A_kind_option_the_site_does_not_define_is_refused_with_the_build_s_suggestion()
    {
        using var site = SiteWithOnlyPlans();

        var error = Assert.Throws<ImportException>(() => PlanImporter.Import(new ImportRequest(Source(site, "计划.txt"), site.Root, Kind: "plans")));

        Assert.Contains("did you mean 'plan'?", error.Message);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content")));
    }
}
