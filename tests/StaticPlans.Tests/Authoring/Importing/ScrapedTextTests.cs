using System.Text;

namespace StaticPlans.Tests.Authoring.Importing;

/// <summary>The pieces of a document-sharing site's copy, one at a time: chrome lines, pinyin, page numbers, run-on headings.</summary>
public class ScrapedTextTests
{
    private const string Title = "青石县教育局2024年工作计划";
    private const string Opening = "为全面贯彻党的教育方针，推动全县教育高质量发展，结合我县实际，制定本计划。";
    private const string Chapter = "一、总体要求";
    private const string Text = "坚持立德树人根本任务，深化教育综合改革，办好人民满意的教育。";

    private static ImportedMarkdown Import(string text) => ImportedMarkdown.Convert(Encoding.UTF8.GetBytes(text), "scraped.txt", year: 2024);

    [Theory]
    [InlineData("上传人:青**  文档编号:60211832  上传时间:2024-07-20  格式:DOCX  页数:4")]
    [InlineData("文档编号:60211832")]
    [InlineData("上传时间:2024-07-20")]
    [InlineData("返回 下载 相关 举报")]
    [InlineData("第1页 / 共6页")]
    [InlineData("青石县教育局2024年工作计划范文.docx_第1页")]
    [InlineData("青石县教育局2024年工作计划范文.docx")]
    [InlineData("点击查看更多>>")]
    [InlineData("资源描述")]
    [InlineData("《青石县教育局2024年工作计划范文.docx》由会员分享,可在线阅读,更多相关《…(6页珍藏版)》请在某某文库上搜索。")]
    [InlineData("当前位置:首页 > 办公文档 > 工作计划")]
    [InlineData("- 相關(guān)推薦")]
    [InlineData("电脑版 |某某文库版权所有")]
    [InlineData("经营许可证:京ICP备12345678号 | 京公网安备 11010502000000号")]
    public void A_sharing_sites_chrome_line_is_dropped_and_the_text_around_it_kept(string chrome)
    {
        var imported = Import($"{chrome}\n{Title}\n{Opening}\n{chrome}\n{Chapter}\n{Text}\n{chrome}\n");
        Assert.Equal(Title, imported.Fields["title"]);
        Assert.DoesNotContain(imported.BodyLines, l => l.Contains(chrome.Replace("(guān)", ""), StringComparison.Ordinal) && chrome.Length > 4);
        Assert.Equal(["2 一、总体要求"], imported.Headings());
        Assert.Contains(Opening, imported.Body);
        Assert.Contains(Text, imported.Body);
    }

    [Theory]
    [InlineData("展开阅读全文")]
    [InlineData("相关搜索")]
    [InlineData("相关资源")]
    [InlineData("【青石县教育局2024年工作计划】相关文章:")]
    public void What_follows_a_related_documents_marker_at_the_end_is_dropped(string marker)
    {
        var imported = Import($"{Title}\n{Opening}\n{Chapter}\n{Text}\n{Text}\n{marker}\n学校工作计划范文08-21\n教育局工作总结模板\n");
        Assert.DoesNotContain("范文", imported.Body);
        Assert.DoesNotContain("模板", imported.Body);
        Assert.DoesNotContain(marker, imported.Body);
        Assert.EndsWith(Text + "\n", imported.Body);
    }

    [Fact]
    public void Pinyin_after_characters_is_removed_but_a_letter_in_brackets_in_clean_text_stays()
    {
        var scraped = Import("關(guān)於2024年學(xué)校工作計(jì)劃\n一、總體(tǐ)要求\n堅持立德樹人，辦好人民滿意的教育(jiào)。\n");
        Assert.Equal("2024年學校工作計劃", scraped.Fields["title"]);
        Assert.Contains("辦好人民滿意的教育。", scraped.Body);
        var clean = Import($"{Title}\n{Chapter}\n按附件(a)的格式报送。\n");
        Assert.Contains("附件(a)", clean.Body);
    }

    [Fact]
    public void Numbered_pages_of_a_page_viewer_are_joined_and_their_numbers_never_become_headings()
    {
        // Pages of a viewer are long: each holds a page of text.
        var page1 = "1、" + Title + Opening + "一、总体要求" + Text + Text + Text + "二、主要任务（一）推进学前教育普及普惠。扩大公办幼儿园学位供给，新建幼儿园3所，";
        var page2 = "2、新增学位1080个，落实生均公用经费标准，提高保教质量。（二）促进义务教育优质均衡。实施农村学校提升工程，完成12所学校运动场改造，";
        page2 = page2.Replace("提高保教质量。", "提高保教质量。" + Text + Text + Text);
        var page3 = "3、推进城乡学校共同体建设，组建共同体16个，覆盖全部农村小规模学校，让每个孩子都能享有公平而有质量的教育。" + Text + Text + Text;
        var imported = Import($"{page1}\n{page2}\n{page3}\n");
        Assert.Equal(Title, imported.Fields["title"]);
        Assert.Equal(["2 一、总体要求", "2 二、主要任务", "3 （一）推进学前教育普及普惠", "3 （二）促进义务教育优质均衡"], imported.Headings());
        Assert.Contains("新建幼儿园3所，新增学位1080个", imported.Body);
        Assert.Contains("完成12所学校运动场改造，推进城乡学校共同体建设", imported.Body);
    }

    [Fact]
    public void Headings_run_into_a_paragraph_are_found_by_their_numbering_sequence()
    {
        var imported = Import($"{Title}\n{Opening}上半年各项工作得到了社会各界的大力支持。 一、上半年工作总结 一推进教育现代化建设。完成两所学校改扩建，其中一是城东小学，二是河湾中学，均在八一学校旁。二加强教师队伍建设。培训教师1.5万人次。\n");
        Assert.Equal(["2 一、上半年工作总结", "3 （一）推进教育现代化建设", "3 （二）加强教师队伍建设"], imported.Headings());
        // "一是", "二是" and "八一学校" are words, not lost brackets; "1.5万" is not an item.
        Assert.Contains("其中一是城东小学，二是河湾中学，均在八一学校旁。", imported.Body);
        Assert.Contains("培训教师1.5万人次。", imported.Body);
    }

    [Fact]
    public void Key_points_numbered_across_chapters_are_split_at_each_item()
    {
        var imported = Import($"{Title}\n{Opening}一、加强党的建设（一）深化理论学习。{Text}（二）夯实基层组织。{Text}二、推进优质均衡（三）扩大学位供给。{Text}（四）办好农村学校。{Text}\n");
        Assert.Equal(["2 一、加强党的建设", "3 （一）深化理论学习", "3 （二）夯实基层组织", "2 二、推进优质均衡", "3 （三）扩大学位供给", "3 （四）办好农村学校"],
            imported.Headings());
    }

    [Fact]
    public void An_item_ending_in_a_semicolon_is_a_sentence_of_a_series_not_a_heading()
    {
        var imported = Import($"{Title}\n{Chapter}\n1、深化教育教学改革，建设高效课堂；\n2、完善评价机制，实施星级学校评选；\n");
        Assert.Equal(["2 一、总体要求"], imported.Headings());
        Assert.Contains("深化教育教学改革，建设高效课堂；", imported.Body);
    }

    [Fact]
    public void An_items_heading_run_into_its_text_ends_where_the_text_opens()
    {
        var imported = Import($"{Title}\n{Chapter}\n1、推进学前教育\n{Text}\n2、扎实搞好教育行风建设高度重视教育行风建设，开展师德师风集中教育活动。\n");
        Assert.Equal(["2 一、总体要求", "4 1、推进学前教育", "4 2、扎实搞好教育行风建设"], imported.Headings());
        Assert.Contains("高度重视教育行风建设，开展师德师风集中教育活动。", imported.Body);
    }
}
