using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using StaticPlans.Authoring.Importing;
using static StaticPlans.Tests.Authoring.Importing.DocxFixture;

namespace StaticPlans.Tests.Authoring.Importing;

public class DocxImportTests
{
    private static byte[] OfficialPlan() => new DocxFixture()
        .Header("云溪县教育局文件")
        .Footer("第页")
        .Paragraph(Words("云溪县教育局2024年工作计划", bold: true))
        .Paragraph("云教发〔2024〕15号")
        .Paragraph("为全面贯彻党的教育方针，结合我县实际，制定本计划。")
        .Styled("1", "一、总体要求")
        .Styled("2", "（一）指导思想")
        .Paragraph("坚持立德树人，办好人民满意的教育。")
        .Paragraph(Words("二、主要任务", bold: true))
        .Paragraph(Words("（一）推进“双减”落地。", bold: true), Words("全面压减作业总量和时长，提升课后服务质量。"))
        .Paragraph("1.完善作业管理制度")
        .Footnoted("落实国家课程方案", "指教育部印发的《义务教育课程方案（2022年版）》。")
        .PageNumberLine()
        .Table(["学段", "学校数", "备注"], ["小学", "12", "含教学点|分校"], ["初中", "5", ""])
        .Paragraph("云溪县教育局")
        .Paragraph("2024年7月10日")
        .Build();

    [Fact]
    public void Word_heading_styles_and_bold_numbered_paragraphs_become_official_heading_levels()
    {
        var plan = ImportedMarkdown.Convert(OfficialPlan(), "plan.docx");

        Assert.Equal(
            ["2 一、总体要求", "3 （一）指导思想", "2 二、主要任务", "3 （一）推进“双减”落地", "4 1.完善作业管理制度"],
            plan.Headings());
    }

    [Fact]
    public void A_run_in_bold_heading_is_split_from_the_paragraph_it_starts()
    {
        var plan = ImportedMarkdown.Convert(OfficialPlan(), "plan.docx");

        var heading = Array.IndexOf(plan.BodyLines, "### （一）推进“双减”落地");
        Assert.True(heading >= 0, plan.Body);
        Assert.Equal("全面压减作业总量和时长，提升课后服务质量。", plan.BodyLines[heading + 2]);
    }

    [Fact]
    public void Front_matter_comes_from_the_title_the_doc_number_and_the_signature()
    {
        var plan = ImportedMarkdown.Convert(OfficialPlan(), "plan.docx");

        Assert.Equal("云溪县教育局2024年工作计划", plan.Fields["title"]);
        Assert.Equal("2024", plan.Fields["year"]);
        Assert.Equal("plan", plan.Fields["kind"]);
        Assert.Equal("2024-07-10", plan.Fields["date"]);
        Assert.Equal("云溪县教育局", plan.Fields["bureau"]);
        Assert.Equal("云教发〔2024〕15号", plan.Fields["doc_no"]);
        Assert.DoesNotContain(plan.Plan.Undecided, u => !u.Contains("optional", StringComparison.Ordinal));
        // The title, 文号 and signature now live in the front matter, not twice in the body.
        Assert.DoesNotContain("云教发", plan.Body);
        Assert.DoesNotContain("2024年7月10日", plan.Body);
        Assert.StartsWith("为全面贯彻党的教育方针", plan.Body.TrimStart('\n'));
    }

    [Fact]
    public void A_table_becomes_a_pipe_table_with_a_header_row_and_escaped_pipes()
    {
        var plan = ImportedMarkdown.Convert(OfficialPlan(), "plan.docx");

        Assert.Contains("| 学段 | 学校数 | 备注 |\n| --- | --- | --- |\n| 小学 | 12 | 含教学点\\|分校 |\n| 初中 | 5 |  |\n", plan.Body);
        var table = Markdown.Parse(plan.Body, new MarkdownPipelineBuilder().UsePipeTables().Build()).Descendants<Table>().Single();
        Assert.Equal(3, table.Count);
    }

    [Fact]
    public void A_footnote_becomes_a_markdown_footnote()
    {
        var plan = ImportedMarkdown.Convert(OfficialPlan(), "plan.docx");

        Assert.Contains("落实国家课程方案[^1]", plan.Body);
        Assert.Contains("[^1]: 指教育部印发的《义务教育课程方案（2022年版）》。\n", plan.Body);
    }

    [Fact]
    public void Page_headers_footers_and_page_number_fields_are_dropped()
    {
        var plan = ImportedMarkdown.Convert(OfficialPlan(), "plan.docx");

        Assert.DoesNotContain("云溪县教育局文件", plan.Body);
        Assert.DoesNotContain("页", plan.Body);
    }

    [Fact]
    public void Bold_and_italic_survive_and_emphasis_markers_go_inside_quotation_marks()
    {
        var bytes = new DocxFixture()
            .Paragraph("云溪县教育局2024年工作要点")
            .Paragraph(Words("深化"), Words("“双减”", bold: true), Words("改革，"), Words("试点先行", italic: true), Words("。"))
            .Build();

        var plan = ImportedMarkdown.Convert(bytes, "points.docx");

        Assert.Contains("深化“**双减**”改革，*试点先行*。", plan.Body);
        Assert.Equal("key-points", plan.Fields["kind"]);
        var html = Markdown.ToHtml(plan.Body);
        Assert.Contains("<strong>双减</strong>", html);
        Assert.Contains("<em>试点先行</em>", html);
    }

    [Fact]
    public void Word_lists_become_markdown_lists_and_chinese_auto_numbering_becomes_headings()
    {
        var bytes = new DocxFixture()
            .Paragraph("云溪县教育局2024年工作总结")
            .ListItem(ChineseList, "工作成效")
            .ListItem(BulletList, "新建幼儿园3所")
            .ListItem(BulletList, "改扩建1所", level: 1)
            .ListItem(ChineseList, "存在问题")
            .ListItem(DecimalList, "师资不足")
            .ListItem(DecimalList, "经费紧张")
            .ListItem(BulletList, "下一步打算")
            .Build();

        var plan = ImportedMarkdown.Convert(bytes, "summary.docx", year: 2024);

        Assert.Equal(["2 一、工作成效", "2 二、存在问题"], plan.Headings());
        Assert.Contains("- 新建幼儿园3所\n  - 改扩建1所\n", plan.Body);
        Assert.Contains("1. 师资不足\n2. 经费紧张\n\n- 下一步打算\n", plan.Body);
        Assert.Equal("summary", plan.Fields["kind"]);
    }

    [Fact]
    public void A_corrupt_docx_is_reported_with_its_file_name()
    {
        var error = Assert.Throws<ImportException>(() =>
            PlanImporter.Convert("PK\u0003\u0004 not really a zip"u8.ToArray(), new ImportRequest("broken.docx", ".")));

        Assert.Contains("broken.docx", error.Message);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_is_reported_with_its_file_name()
    {
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(archive.CreateEntry("readme.txt").Open()))
            writer.Write("not word");

        var error = Assert.Throws<ImportException>(() => PlanImporter.Convert(zip.ToArray(), new ImportRequest("其实是压缩包.docx", ".")));

        Assert.Contains("其实是压缩包.docx", error.Message);
    }

    [Fact]
    public void An_old_doc_file_renamed_to_docx_gets_a_message_that_says_how_to_fix_it()
    {
        byte[] oleHeader = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var error = Assert.Throws<ImportException>(() => PlanImporter.Convert(oleHeader, new ImportRequest("旧文档.docx", ".")));

        Assert.Contains("旧文档.docx", error.Message);
        Assert.Contains("save it as .docx", error.Message);
    }

    [Fact]
    public void The_same_document_imports_to_the_same_bytes()
    {
        var first = PlanImporter.Convert(OfficialPlan(), new ImportRequest("plan.docx", "."));
        var second = PlanImporter.Convert(OfficialPlan(), new ImportRequest("plan.docx", "."));

        Assert.Equal(first.Text, second.Text);
    }

    [Fact]
    public void A_line_break_inside_a_word_paragraph_joins_without_a_stray_space()
    {
        var bytes = new DocxFixture()
            .Paragraph("云溪县教育局2024年工作计划")
            .Paragraph(Words("推进县域义务教育"), new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Break()),
                Words("优质均衡，推广AI"), new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Break()), Words("tools。"))
            .Build();

        var plan = ImportedMarkdown.Convert(bytes, "plan.docx");

        Assert.Contains("推进县域义务教育优质均衡，推广AI tools。", plan.Body);
    }
}
