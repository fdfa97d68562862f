using StaticPlans.Insights.Figures;

namespace StaticPlans.Tests.Insights.Figures;

/// <summary>Each class of money amount (issue 13), read as a user would write it.</summary>
public class MoneyClassTests
{
    private static MoneyClass[] Classes(string text) =>
        FigureExtractor.Extract(text).Where(f => f.Category == FigureCategory.Money).Select(f => f.Class).ToArray();

    [Theory]
    [InlineData("全年安排教师培训专项经费320万元。")]
    [InlineData("县财政追加安排校舍安全隐患整改资金三百五十万元。")]
    [InlineData("一般公共预算教育支出12.6亿元，占财政支出的18.5%。")]
    [InlineData("全年計劃發放學生資助資金1900萬元。")]
    [InlineData("县职教中心新校区项目于10月开工建设，完成投资2300万元。")]
    public void A_stand_alone_amount_is_a_total(string text) =>
        Assert.Equal([MoneyClass.Total], Classes(text));

    [Theory]
    [InlineData("安排资金2350万元，其中校舍维修1500万元，装备购置850万元。", new[] { MoneyClass.Total, MoneyClass.Part, MoneyClass.Part })]
    [InlineData("全年落实项目资金3000万元。其中，省级资金2100万元。", new[] { MoneyClass.Total, MoneyClass.Part })]
    [InlineData("资助资金共2640万元，包括国家助学金1120万元、免学费补助980万元。", new[] { MoneyClass.Total, MoneyClass.Part, MoneyClass.Part })]
    [InlineData("包括中央资金1300万元在内的各级资金2000万元已拨付到位。", new[] { MoneyClass.Part, MoneyClass.Total })]
    public void An_amount_after_qizhong_or_baokuo_is_a_part_of_another(string text, MoneyClass[] expected) =>
        Assert.Equal(expected, Classes(text));

    [Fact]
    public void Items_that_add_up_to_a_stated_total_are_its_parts()
    {
        // A table below the total: each cell is a line.
        Assert.Equal([MoneyClass.Total, MoneyClass.Part, MoneyClass.Part, MoneyClass.Part],
            Classes("全年安排重点项目3个，计划投入3750万元，具体如下：\n运动场改造\n1200万元\n幼儿园新建\n1800万元\n食堂改造\n750万元"));
        // Items listed before a 合计, in a sentence and in a table's total row.
        Assert.Equal([MoneyClass.Part, MoneyClass.Part, MoneyClass.Total], Classes("校舍维修1260万元、设备更新540万元，合计1800万元。"));
        Assert.Equal([MoneyClass.Part, MoneyClass.Part, MoneyClass.Total], Classes("城东小学\n2200万元\n城北中学\n3100万元\n合计\n5300万元"));
        // 三千万元以上 is met by items adding up to a little more.
        Assert.Equal([MoneyClass.MultiYear, MoneyClass.Part, MoneyClass.Part, MoneyClass.Part],
            Classes("2022—2024年总投资三千万元以上。\n第一批\n1180万元\n第二批\n1050万元\n第三批\n870万元"));
    }

    [Fact]
    public void Amounts_that_do_not_add_up_to_the_one_before_stay_totals()
    {
        Assert.Equal([MoneyClass.Total, MoneyClass.Total, MoneyClass.Total], Classes("投入资金3750万元。\n运动场改造\n1200万元\n幼儿园新建\n1800万元"));
        // Without 合计, amounts before an equal sum are not its parts.
        Assert.Equal([MoneyClass.Total, MoneyClass.Total, MoneyClass.Total], Classes("甲校投入500万元。乙校投入300万元。丙校投入800万元。"));
    }

    [Theory]
    [InlineData("对普惠性民办园按每生每年600元标准给予生均补助。")]
    [InlineData("生均公用经费按照每生每年7000元拨付。")]
    [InlineData("乡村教师生活补助按照每人每月300—800元分档发放。")]
    [InlineData("国家助学金标准为2000元/生·年。")]
    [InlineData("落实课后服务补助，按600元标准执行。")]
    [InlineData("課後服務補助按每課時60元標準執行。")]
    public void Per_pupil_and_per_person_amounts_and_standards_are_rates(string text) =>
        Assert.Equal([MoneyClass.Rate], Classes(text));

    [Theory]
    [InlineData("县财政将学前教育经费列入预算，3年计划投入1.35亿元。")]
    [InlineData("2023—2025年，计划投入3.6亿元实施扩容工程。")]
    [InlineData("“十四五”期间，全县累计投入教育基础设施建设资金6.8亿元。")]
    [InlineData("2022年以来累计改造薄弱学校12所，累计投入3160万元。")]
    [InlineData("三年来共投入1.85亿元改善农村学校办学条件。")]
    [InlineData("实训基地项目总投资8500万元，分两期建设。")]
    public void An_amount_over_several_years_is_multi_year(string text) =>
        Assert.Equal([MoneyClass.MultiYear], Classes(text));

    [Theory]
    [InlineData("实施学前教育三年行动计划，全年投入500万元。")]
    [InlineData("“十四五”期间每年安排800万元。")]
    [InlineData("学前三年免费教育投入资金500万元。")]
    [InlineData("2024年计划争取专项债券资金1.2亿元。")]
    public void An_amount_tied_to_one_year_is_that_years_money_even_in_a_multi_year_sentence(string text) =>
        Assert.Equal([MoneyClass.Total], Classes(text));

    [Theory]
    [InlineData("对获评一等奖的团队给予奖励5万元。")]
    [InlineData("评选最美教师10名，每人奖励5000元。")]
    [InlineData("对单项投资500万元以上的建设项目实行跟踪审计。")]
    [InlineData("单笔采购金额不超过5万元的，由学校自行采购。")]
    [InlineData("县级配套资金每年不低于500万元。")]
    [InlineData("全年校舍维修资金控制在800万元以内。")]
    [InlineData("民办学校年检罚款限额为2万元。")]
    [InlineData("经费预算比上年增加4500万元。")]
    public void Prizes_thresholds_limits_and_changes_are_other(string text) =>
        Assert.Equal([MoneyClass.Other], Classes(text));

    [Fact]
    public void Figures_that_are_not_money_have_no_class()
    {
        var figures = FigureExtractor.Extract("新建幼儿园3所，毛入园率达到92.5%，新增校舍面积3200平方米。");

        Assert.Equal(3, figures.Count);
        Assert.All(figures, f => Assert.Equal(MoneyClass.None, f.Class));
    }

    [Theory]
    [InlineData("基本消除56人以上大班额。", true)]
    [InlineData("在随班就读学生5人以上的普通学校建设资源教室。", true)]
    [InlineData("全年开展集中学习12次以上。", false)]
    [InlineData("投入资金3000万元以上，新建校舍。", false)]
    public void A_figure_before_yishang_and_a_noun_is_a_threshold_not_a_quantity(string text, bool threshold)
    {
        var figure = FigureExtractor.Extract(text)[0];

        Assert.Equal(threshold, MoneyClassifier.IsThreshold(figure.Sentence, figure.MatchStart + figure.MatchLength));
    }
}
