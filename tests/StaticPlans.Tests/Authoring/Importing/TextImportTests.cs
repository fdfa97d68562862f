using System.Text;
using System.Text.RegularExpressions;
using StaticPlans.Authoring.Importing;

namespace StaticPlans.Tests.Authoring.Importing;

public class TextImportTests
{
    private const string Title = "云溪县教育局2023年工作总结和2024年工作计划";

    private static readonly string[] Paragraphs =
    [
        "为深入贯彻落实党的二十大精神和全国教育大会精神，全面推进教育现代化，加快建设教育强县，结合我县教育工作实际，现将2023年工作总结和2024年工作计划报告如下。",
        "一、2023年工作总结",
        "过去一年，全县教育系统坚持稳中求进工作总基调，各项工作取得明显成效，义务教育优质均衡发展通过省级评估，数字化转型稳步推进，全县中小学全部接入教育专网，并在教研中推广AI and data辅助教学，教师信息素养明显提升。",
        "二、2024年工作计划",
        "（一）加强党的建设",
        "全面贯彻党的教育方针，落实中小学校党组织领导的校长负责制，健全学校党组织议事决策制度，推动党建工作与教育教学深度融合，以高质量党建引领教育高质量发展，确保各项工作落到实处。",
        "1.完善制度体系",
        "健全学校内部管理制度，推进依法治校，全面推进县域义务教育优质均衡发展，深化集团化办学改革，扩大优质教育资源覆盖面，让每个孩子都能享有公平而有质量的教育，办好人民满意的教育。",
    ];

    /// <summary>
    /// The plan as text copied out of a paginated document: lines broken at a fixed width, paragraphs indented, page
    /// numbers left between the lines ("- 2 -", "第3页 共6页", a lone "4") and a "5、" glued to the start of a line.
    /// </summary>
    private static string CopiedFromPages()
    {
        var output = new StringBuilder(Title + "\n云教(2024)3号\n\n");
        var midParagraphLines = 0;
        var glued = false;
        foreach (var paragraph in Paragraphs)
        {
            var isHeading = OfficialHeading.Read(paragraph).Level != 0;
            var lines = Wrap(isHeading ? paragraph : "\u3000\u3000" + paragraph, 60);
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var midParagraph = i < lines.Count - 1;
                if (midParagraph && midParagraphLines++ is var n)
                {
                    if (n == 1) line += "\n\n- 2 -\n";
                    if (n == 3) line += "\n第3页 共6页";
                    if (n == 5) line += "\n4";
                    if (n >= 7 && char.IsLetter(line[^1]) && !char.IsAscii(line[^1]) && !glued) { lines[i + 1] = "5、" + lines[i + 1]; glued = true; }
                }
                output.Append(line).Append('\n');
            }
        }
        output.Append("\n云溪县教育局\n二〇二四年一月三十一日\n");
        Assert.True(glued, "the fixture should glue a page number to a line");
        return output.ToString();
    }

    /// <summary>Greedy wrapping by display width, never inside a Latin word; a break at a space drops the space.</summary>
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var tokens = Regex.Matches(text, @"[A-Za-z0-9]+| |.").Select(m => m.Value);
        foreach (var token in tokens)
        {
            if (ImportText.Width(line.ToString() + token) > width)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
                if (token == " ") continue;
            }
            line.Append(token);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    private static byte[] Gbk(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(text);
    }

    private static ImportedMarkdown ImportGbk() => ImportedMarkdown.Convert(Gbk(CopiedFromPages()), "总结.txt");

    [Fact]
    public void Gbk_text_broken_across_pages_comes_back_as_its_original_paragraphs()
    {
        var plan = ImportGbk();

        foreach (var paragraph in Paragraphs.Where(p => OfficialHeading.Read(p).Level == 0))
            Assert.Contains("\n" + paragraph + "\n", plan.Body);
    }

    [Fact]
    public void Page_debris_is_removed()
    {
        var plan = ImportGbk();

        Assert.DoesNotContain("页", plan.Body);
        Assert.DoesNotContain("- 2 -", plan.Body);
        Assert.DoesNotContain("5、", plan.Body);
        Assert.DoesNotMatch(@"(?m)^\d+$", plan.Body);
    }

    [Fact]
    public void Joined_lines_put_no_space_between_chinese_characters_but_keep_one_between_latin_words()
    {
        var plan = ImportGbk();

        Assert.DoesNotMatch(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\uFF00-\uFFEF] +[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\uFF00-\uFFEF]", plan.Body);
        Assert.Contains("推广AI and data辅助教学", plan.Body);
    }

    [Fact]
    public void Official_numbering_in_text_gives_the_heading_levels()
    {
        var plan = ImportGbk();

        Assert.Equal(["2 一、2023年工作总结", "2 二、2024年工作计划", "3 （一）加强党的建设", "4 1.完善制度体系"], plan.Headings());
    }

    [Fact]
    public void Front_matter_is_read_from_gbk_text()
    {
        var plan = ImportGbk();

        Assert.Equal(Title, plan.Fields["title"]);
        Assert.Equal("summary-plan", plan.Fields["kind"]);
        Assert.Equal("2024", plan.Fields["year"]);
        Assert.Equal("2024-01-31", plan.Fields["date"]);
        Assert.Equal("云教〔2024〕3号", plan.Fields["doc_no"]);
        Assert.Equal("云溪县教育局", plan.Fields["bureau"]);
        Assert.Equal("content/plans/2024/2024-summary-plan.md", plan.Plan.RelativePath);
    }

    [Fact]
    public void Utf8_with_a_byte_order_mark_is_read_without_the_mark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("云溪县教育局2024年工作要点\n\n一、总体要求\n坚持立德树人。\n")).ToArray();

        var plan = ImportedMarkdown.Convert(bytes, "points.txt");

        Assert.Equal("云溪县教育局2024年工作要点", plan.Fields["title"]);
        Assert.DoesNotContain('\uFEFF', plan.Plan.Text);
        Assert.Equal(["2 一、总体要求"], plan.Headings());
    }

    [Fact]
    public void Text_copied_from_a_web_page_keeps_one_paragraph_per_line()
    {
        var text = "云溪县教育局2024年工作计划\n一、总体要求\n坚持立德树人根本任务。\n办好人民满意的教育。\n主要措施\n"
            + "推进数字化转型，建设智慧校园，在全县推广 AI\nand data 辅助教学。\n";

        var plan = ImportedMarkdown.Convert(Encoding.UTF8.GetBytes(text), "plan.txt");

        Assert.Contains("\n坚持立德树人根本任务。\n\n办好人民满意的教育。\n\n主要措施\n\n推进数字化转型，建设智慧校园，在全县推广 AI and data 辅助教学。\n", plan.Body);
    }

    [Fact]
    public void A_real_numbered_item_after_a_finished_sentence_is_kept()
    {
        var text = "云溪县教育局2024年工作计划\n（一）加强党的建设\n1.完善制度体系\n健全学校内部管理制度，推进依法治校。\n2.加强队伍建设\n";

        var plan = ImportedMarkdown.Convert(Encoding.UTF8.GetBytes(text), "plan.txt");

        Assert.Equal(["3 （一）加强党的建设", "4 1.完善制度体系", "4 2.加强队伍建设"], plan.Headings());
    }

    [Fact]
    public void Markdown_syntax_in_the_text_is_escaped()
    {
        var text = "云溪县教育局2024年工作计划\n# 不是标题\n2024. 不是列表\nA. 不是字母列表\n*重点*与_下划线_\n面积10^3^平方米 {.class}\n";

        var plan = ImportedMarkdown.Convert(Encoding.UTF8.GetBytes(text), "plan.txt");

        Assert.Empty(plan.Headings());
        var html = Markdig.Markdown.ToHtml(plan.Body, StaticPlans.Model.PlanMarkdown.Pipeline);
        Assert.Contains("<p># 不是标题</p>", html);
        Assert.Contains("<p>2024. 不是列表</p>", html);
        Assert.Contains("<p>A. 不是字母列表</p>", html);
        Assert.Contains("<p>*重点*与_下划线_</p>", html);
        Assert.Contains("<p>面积10^3^平方米 {.class}</p>", html);
    }

    [Fact]
    public void A_numbered_item_that_follows_the_previous_number_is_not_taken_for_a_page_number()
    {
        var text = "云溪县教育局2024年工作计划\n\n1、全面加强中小学校党组织建设，推进党建与业务深度融合，落实中小学校党组织领导的校长负责制，\n2、持续深化课堂教学改革。\n";

        var plan = ImportedMarkdown.Convert(Encoding.UTF8.GetBytes(text), "plan.txt");

        Assert.Contains("2、持续深化课堂教学改革", plan.Body);
        Assert.DoesNotContain("负责制，持续", plan.Body);
    }

    [Fact]
    public void Page_markers_copied_into_the_middle_of_a_line_are_taken_out()
    {
        var text = "云溪县教育局2024年工作计划\n\n推进县域义务教育优质 - 2 - 均衡发展，第2页 共6页提升学校治理水平。\n";

        var plan = ImportedMarkdown.Convert(Encoding.UTF8.GetBytes(text), "plan.txt");

        Assert.Contains("\n推进县域义务教育优质均衡发展，提升学校治理水平。\n", plan.Body);
    }
}
