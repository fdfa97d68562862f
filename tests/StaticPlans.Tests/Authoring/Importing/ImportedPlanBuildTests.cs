using System.Text;
using StaticPlans.Diagnostics;
using StaticPlans.Authoring.Importing;
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
}
