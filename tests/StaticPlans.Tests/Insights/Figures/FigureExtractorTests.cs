using StaticPlans.Insights.Figures;

namespace StaticPlans.Tests.Insights.Figures;

public class FigureExtractorTests
{
    private static Figure Single(string text)
    {
        var figures = FigureExtractor.Extract(text);
        return Assert.Single(figures);
    }

    /// <summary>The one figure in <paramref name="text"/>: its category, value and unit, and its label when one is given.</summary>
    private static Figure Read(string text, FigureCategory category, double value, string unit, string? label = null)
    {
        var figure = Single(text);
        Assert.Equal(category, figure.Category);
        Assert.Equal((decimal)value, figure.Value);
        Assert.Equal(unit, figure.Unit);
        if (label is not null) Assert.Equal(label, figure.Label);
        return figure;
    }

    [Theory]
    [InlineData("计划投入3750万元，改造校舍。", 3750, "万元", "计划投入", 37_500_000)]
    [InlineData("总投资1.2亿元。", 1.2, "亿元", "总投资", 120_000_000)]
    [InlineData("下达资金3,750万元。", 3750, "万元", "下达资金", 37_500_000)]
    [InlineData("安排专项经费三千万元。", 3000, "万元", "安排专项经费", 30_000_000)]
    [InlineData("奖补资金共计850000元。", 850000, "元", "奖补资金", 850_000)]
    [InlineData("投入资金约3000余万元。", 3000, "万元", "投入资金", 30_000_000)]
    [InlineData("争取上级资金一亿二千万元。", 12000, "万元", "争取上级资金", 120_000_000)]
    public void Reads_money_and_normalises_it_to_yuan(string text, double value, string unit, string label, double yuan) =>
        Assert.Equal((decimal)yuan, Read(text, FigureCategory.Money, value, unit, label).NormalizedYuan);

    [Theory]
    [InlineData("新建幼儿园3所。", 3, "所", "新建幼儿园")]
    [InlineData("全年培训教师1200人次。", 1200, "人次", "培训教师")]
    [InlineData("招聘一千二百人。", 1200, "人", "招聘")]
    [InlineData("新建公办幼儿园两所。", 2, "所", "新建公办幼儿园")]
    [InlineData("改造薄弱学校十五所。", 15, "所", "改造薄弱学校")]
    [InlineData("建设3个示范区。", 3, "个", "建设示范区")]
    [InlineData("1200名教师参加培训。", 1200, "名", "教师")]
    [InlineData("在城区2所公办幼儿园开设托班。", 2, "所", "在城区公办幼儿园")]
    [InlineData("举办专题讲座12场次。", 12, "场次", "举办专题讲座")]
    [InlineData("新增图书3万册。", 3, "万册", "新增图书")]
    [InlineData("其中新增学位1,080个。", 1080, "个", "新增学位")]
    public void Reads_counts_with_measure_words(string text, double value, string unit, string label) =>
        Read(text, FigureCategory.Count, value, unit, label);

    [Theory]
    [InlineData("义务教育巩固率达到98.75%。", 98.75, "%", "义务教育巩固率")]
    [InlineData("学前三年毛入园率达百分之九十。", 90, "%", "学前三年毛入园率")]
    [InlineData("优质均衡率提高5个百分点。", 5, "个百分点", "优质均衡率提高")]
    [InlineData("达标率为95％。", 95, "％", "达标率")]
    public void Reads_percentages(string text, double value, string unit, string label) =>
        Read(text, FigureCategory.Percent, value, unit, label);

    [Theory]
    [InlineData("新建校舍面积12000平方米。", 12000, "平方米")]
    [InlineData("征地50亩。", 50, "亩")]
    [InlineData("运动场3.5公顷。", 3.5, "公顷")]
    [InlineData("改造校舍2.4万平方米。", 2.4, "万平方米")]
    public void Reads_areas(string text, double value, string unit) =>
        Read(text, FigureCategory.Area, value, unit);

    [Theory]
    [InlineData("新建幼儿园2—3所。", 2, 3, "所", "2—3所")]
    [InlineData("新建幼儿园2-3所。", 2, 3, "所", "2-3所")]
    [InlineData("新建幼儿园2至3所。", 2, 3, "所", "2至3所")]
    [InlineData("新建幼儿园两至三所。", 2, 3, "所", "两至三所")]
    [InlineData("新建幼儿园2所至3所。", 2, 3, "所", "2所至3所")]
    [InlineData("合格率达到90%～95%。", 90, 95, "%", "90%～95%")]
    [InlineData("投入3000万—5000万元。", 3000, 5000, "万元", "3000万—5000万元")]
    public void Reads_ranges(string text, double min, double max, string unit, string matched)
    {
        var figure = Single(text);
        Assert.Equal((decimal)min, figure.Value);
        Assert.Equal((decimal)max, figure.ValueMax);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(matched, figure.Matched);
    }

    [Theory]
    [InlineData("2024年全面完成各项任务。")]
    [InlineData("二〇二四年工作计划。")]
    [InlineData("根据云教发〔2024〕12号文件精神。")]
    [InlineData("1.加强党的建设。")]
    [InlineData("第三批名单于3月15日公布。")]
    [InlineData("新建幼儿园*所。")]
    [InlineData("计划投入xx万元。")]
    [InlineData("计划投入××万元。")]
    [InlineData("建设一批示范校。")]
    [InlineData("落实“十四五”规划。")]
    [InlineData("坚持一人一档、一校一策。")]
    [InlineData("开展十几所学校的调研。")]
    [InlineData("上百所学校参与。")]
    [InlineData("一次性发放补助。")]
    [InlineData("推进2023—2024学年工作。")]
    [InlineData("实行每一所学校包联。")]
    [InlineData("增强“四个意识”。")]
    [InlineData("确保不漏一人。")]
    [InlineData("新校区一期工程分两期建设。")]
    [InlineData("使用GB50099标准。")]
    [InlineData("召开座谈会。统一部署。")]
    public void Skips_numbers_that_are_not_figures(string text)
    {
        Assert.Empty(FigureExtractor.Extract(text));
    }

    [Fact]
    public void Keeps_each_figure_with_its_own_sentence_and_label()
    {
        var figures = FigureExtractor.Extract("2024年新建幼儿园3所，改造薄弱学校15所，总投资3750万元。全年培训教师1200人次；义务教育巩固率达到98.75%。");

        Assert.Collection(figures,
            f => Assert.Equal(("新建幼儿园", 3m, "所"), (f.Label, f.Value, f.Unit)),
            f => Assert.Equal(("改造薄弱学校", 15m, "所"), (f.Label, f.Value, f.Unit)),
            f => Assert.Equal(("总投资", 3750m, "万元"), (f.Label, f.Value, f.Unit)),
            f => Assert.Equal(("培训教师", 1200m, "人次"), (f.Label, f.Value, f.Unit)),
            f => Assert.Equal(("义务教育巩固率", 98.75m, "%"), (f.Label, f.Value, f.Unit)));
        Assert.Equal("2024年新建幼儿园3所，改造薄弱学校15所，总投资3750万元。", figures[0].Sentence);
        Assert.Equal("全年培训教师1200人次；", figures[3].Sentence);
    }

    [Fact]
    public void A_long_subject_is_named_whole_and_one_too_long_to_name_starts_with_an_ellipsis_not_half_a_word()
    {
        Assert.Equal("适龄残疾儿童少年义务教育入学率", Single("适龄残疾儿童少年义务教育入学率达到89.6%，确保应入尽入。").Label);

        var cut = Single("全县城乡义务教育阶段适龄残疾儿童少年随班就读与送教上门综合覆盖率达到96%。").Label;
        Assert.StartsWith("…", cut);
        Assert.EndsWith("送教上门综合覆盖率", cut);
        Assert.True(cut.Length <= 24, cut);
    }

    [Fact]
    public void Labels_measure_first_counts_with_the_noun_that_follows()
    {
        var figures = FigureExtractor.Extract("新建3所幼儿园和2所小学。");

        Assert.Equal(["新建幼儿园", "小学"], figures.Select(f => f.Label));
    }

    [Fact]
    public void Labels_a_cumulative_total_with_its_verb()
    {
        var figures = FigureExtractor.Extract("新认定美育特色学校3所，累计达到14所。");
        Assert.Equal("累计", figures[1].Label);
    }

    [Fact]
    public void Reads_fullwidth_digits()
    {
        var figure = Single("新建幼儿园３所。");
        Assert.Equal(3m, figure.Value);
    }

    [Fact]
    public void A_table_cell_holding_only_a_figure_is_named_by_its_row()
    {
        // Cells of a table are lines of the section text: 序号 | 项目名称 | 建设内容 | 计划投入.
        var figures = FigureExtractor.Extract("1\n县城学校改扩建\n新增学位900个\n1450万元\n2\n职教中心新校区一期\n教学楼、实训楼及学生公寓\n900万元\n3\n数字化设备\n380万元");

        var money = figures.Where(f => f.Category == FigureCategory.Money).Select(f => f.Label).ToArray();
        Assert.Equal(["县城学校改扩建", "职教中心新校区一期", "数字化设备"], money);
    }

    [Theory]
    [InlineData("完成投资12.50万元。", "12.5")]
    [InlineData("完成投资12.0万元。", "12")]
    [InlineData("完成投资1,200.00万元。", "1200")]
    [InlineData("完成投资0.05万元。", "0.05")]
    [InlineData("完成投资123456789012.345万元。", "123456789012.345")]
    public void A_number_is_read_exactly_without_the_zeros_after_its_point(string text, string value)
    {
        Assert.Equal(value, Single(text).Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_run_of_thirty_digits_is_no_figure_and_the_sentence_reads_on()
    {
        var figures = FigureExtractor.Extract("编号1234567890123456789012345678901元作废，新建幼儿园3所。");
        var figure = Assert.Single(figures);
        Assert.Equal((3m, "所"), (figure.Value, figure.Unit));
    }
}
