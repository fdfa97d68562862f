using System.Text;
using StaticPlans.Authoring.Importing;
using StaticPlans.Loading;

namespace StaticPlans.Tests.Authoring.Importing;

public class MetadataReaderTests
{
    [Theory]
    [InlineData("二〇二四年七月十日", "2024-07-10")]
    [InlineData("二零二四年七月十日", "2024-07-10")]
    [InlineData("二○二三年十二月三十一日", "2023-12-31")]
    [InlineData("二〇二四年十一月二十日", "2024-11-20")]
    [InlineData("2024年7月10日", "2024-07-10")]
    [InlineData("2024 年 7 月 1 日", "2024-07-01")]
    [InlineData("2024-07-10", "2024-07-10")]
    [InlineData("（2024年3月5日）", "2024-03-05")]
    [InlineData("成文日期：2024年2月29日", "2024-02-29")]
    public void The_date_of_the_document_is_read_in_every_usual_form(string line, string expected)
    {
        var result = MetadataReader.Read(["云溪县教育局2024年工作计划", "正文。", line]);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Metadata.Date);
    }

    [Theory]
    [InlineData("2023年2月30日")]
    [InlineData("二〇二四年十三月一日")]
    public void Impossible_dates_are_not_taken(string line)
    {
        Assert.Null(MetadataReader.Read(["云溪县教育局2024年工作计划", line]).Metadata.Date);
    }

    [Theory]
    [InlineData("云教发〔2024〕15号", "云教发〔2024〕15号")]
    [InlineData("云教发[2024]15号", "云教发〔2024〕15号")]
    [InlineData("云教发（2024）15号", "云教发〔2024〕15号")]
    [InlineData("云教发(2024)015号", "云教发〔2024〕15号")]
    [InlineData("文号：云教办［2024］7号", "云教办〔2024〕7号")]
    public void The_document_number_is_normalised_to_hexagonal_brackets(string line, string expected)
    {
        Assert.Equal(expected, MetadataReader.Read(["云溪县教育局2024年工作计划", line, "正文。"]).Metadata.DocNo);
    }

    [Fact]
    public void A_document_number_cited_inside_a_sentence_is_not_taken_for_the_plans_own()
    {
        Assert.Null(MetadataReader.Read(["云溪县教育局2024年工作计划", "根据《通知》（云教发〔2023〕9号）要求，制定本计划。"]).Metadata.DocNo);
    }

    [Theory]
    [InlineData("云溪县教育局2024年工作计划", "plan")]
    [InlineData("云溪县教育局2024年工作总结", "summary")]
    [InlineData("云溪县教育局2024年工作要点", "key-points")]
    [InlineData("云溪县教育局2023年工作总结和2024年工作计划", "summary-plan")]
    [InlineData("云溪县教育局2024年工作总结及2025年工作计划", "summary-plan")]
    [InlineData("关于做好秋季开学工作的通知", null)]
    public void The_kind_comes_from_the_title(string title, string? kind)
    {
        Assert.Equal(kind, MetadataReader.Read([title, "正文。"]).Metadata.Kind);
    }

    [Theory]
    [InlineData("云溪县教育局2024年工作计划", 2024)]
    [InlineData("云溪县教育局二〇二四年工作要点", 2024)]
    [InlineData("云溪县教育局2023年工作总结和2024年工作计划", 2024)]
    public void The_year_comes_from_the_title(string title, int year)
    {
        Assert.Equal(year, MetadataReader.Read([title, "正文。", "2025年1月2日"]).Metadata.Year);
    }

    [Fact]
    public void Without_a_year_in_the_title_the_year_of_the_date_is_used()
    {
        Assert.Equal(2025, MetadataReader.Read(["云溪县教育局工作计划", "正文。", "2025年1月2日"]).Metadata.Year);
    }

    [Fact]
    public void The_bureau_comes_from_the_signature_or_else_from_the_title()
    {
        Assert.Equal("云溪县教育和体育局", MetadataReader.Read(["2024年工作计划", "正文。", "云溪县教育和体育局", "2024年1月2日"]).Metadata.Bureau);
        Assert.Equal("云溪县教育局", MetadataReader.Read(["云溪县教育局关于印发2024年工作要点的通知", "正文。"]).Metadata.Bureau);
    }

    [Fact]
    public void A_title_set_on_two_lines_is_joined()
    {
        var result = MetadataReader.Read(["云溪县教育局", "2024年工作计划", "正文。"]);

        Assert.Equal("云溪县教育局2024年工作计划", result.Metadata.Title);
        Assert.Contains(1, result.MetadataLines);
    }

    [Fact]
    public void What_cannot_be_found_is_written_as_a_quoted_placeholder_and_listed()
    {
        var plan = ImportedMarkdown.Convert(Encoding.UTF8.GetBytes("关于做好秋季开学工作的通知\n请各校做好准备。\n"), "notice.txt", year: 2024);

        Assert.Equal(PlanFormat.Placeholder, plan.Fields["kind"]);
        Assert.Equal(PlanFormat.Placeholder, plan.Fields["date"]);
        Assert.Contains("kind: \"<<待填写>>\"\n", plan.Plan.Text);
        Assert.Contains("date: \"<<待填写>>\"\n", plan.Plan.Text);
        Assert.Contains(plan.Plan.Undecided, u => u.StartsWith("kind", StringComparison.Ordinal));
        Assert.Contains(plan.Plan.Undecided, u => u.StartsWith("date", StringComparison.Ordinal));
        Assert.Equal("2024", plan.Fields["year"]);
    }

    [Fact]
    public void Without_any_year_the_import_asks_for_year()
    {
        var error = Assert.Throws<ImportException>(() =>
            PlanImporter.Convert(Encoding.UTF8.GetBytes("云溪县教育局工作计划\n正文。\n"), new ImportRequest("plan.txt", ".")));

        Assert.Contains("--year", error.Message);
    }
}
