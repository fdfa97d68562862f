using System.Text;
using System.Text.Json;
using StaticPlans.Insights.Figures;
using StaticPlans.Output.OpenData;
using StaticPlans.Tests.Insights;

namespace StaticPlans.Tests.Output.OpenData;

public class OpenDataWritersTests
{
    private static OpenDataPlan Plan(string slug, int year, string text) => new(
        Title: $"云溪县教育局{year}年工作计划",
        Year: year,
        Kind: "plan",
        KindName: "工作计划",
        Date: new DateOnly(year, 2, 15),
        Bureau: "云溪县教育局",
        DocNo: year == 2024 ? "云教发〔2024〕3号" : null,
        IndexNo: null,
        Url: $"https://edu.yunxi.example.gov.cn/plans/plans/{year}/{slug}/",
        Topics: ["preschool"],
        Summary: null,
        Sections: [new OpenDataSection("s1", "一、学前教育", 2, ["preschool", "facilities"]), new OpenDataSection("s1-1", "（一）扩充资源", 3, [])],
        Figures: FigureExtractor.Extract(text).Select(f => new OpenDataFigure("s1", f)).ToArray());

    private static readonly OpenDataPlan[] Plans =
    [
        Plan("plan", 2024, "新建幼儿园2—3所，计划投入3,750万元，毛入园率达到92.5%。"),
        Plan("plan", 2023, "通知要求\"新建幼儿园3所,投入1200万元\"。"),
    ];

    private static OpenDataSite Site(IReadOnlyList<OpenDataPlan> plans) =>
        new("云溪县教育局工作计划公开", "https://edu.yunxi.example.gov.cn/plans/", "zh-CN", plans);

    [Fact]
    public void A_years_plans_file_validates_against_the_published_schema_and_leaves_sections_and_figures_to_the_csv_files()
    {
        var json = JsonDocument.Parse(PlansJsonWriter.ToUtf8Bytes(Site([Plans[0]]), 2024)).RootElement;

        Assert.Empty(PlansSchema.Validate(json));
        Assert.Equal(4, json.GetProperty("version").GetInt32());
        var plan = json.GetProperty("plans")[0];
        Assert.Equal("https://edu.yunxi.example.gov.cn/plans/plans/2024/plan/", plan.GetProperty("url").GetString());
        Assert.False(plan.TryGetProperty("sections", out _));
        Assert.False(plan.TryGetProperty("figures", out _));
        var text = Encoding.UTF8.GetString(PlansJsonWriter.ToUtf8Bytes(Site(Plans), null));
        Assert.DoesNotContain("毛入园率", text);
        Assert.DoesNotContain("一、学前教育", text);
    }

    [Fact]
    public void A_years_plans_file_states_the_year_once_at_the_top_and_not_on_every_plan()
    {
        var json = JsonDocument.Parse(PlansJsonWriter.ToUtf8Bytes(Site([Plans[0]]), 2024)).RootElement;

        Assert.Equal(2024, json.GetProperty("year").GetInt32());
        Assert.All(json.GetProperty("plans").EnumerateArray(), p => Assert.False(p.TryGetProperty("year", out _)));
    }

    [Fact]
    public void The_plans_file_of_every_year_says_so_with_a_null_year_and_gives_each_plan_its_own()
    {
        var json = JsonDocument.Parse(PlansJsonWriter.ToUtf8Bytes(Site(Plans))).RootElement;

        Assert.Empty(PlansSchema.Validate(json));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("year").ValueKind);
        Assert.Equal([2023, 2024], json.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("year").GetInt32()));
    }

    [Fact]
    public void The_schema_refuses_a_years_plan_that_repeats_the_year_and_a_plan_of_every_year_without_one()
    {
        var year = System.Text.Json.Nodes.JsonNode.Parse(PlansJsonWriter.ToUtf8Bytes(Site([Plans[0]]), 2024))!;
        year["plans"]![0]!["year"] = 2024;
        var all = System.Text.Json.Nodes.JsonNode.Parse(PlansJsonWriter.ToUtf8Bytes(Site(Plans)))!;
        all["plans"]![1]!.AsObject().Remove("year");

        Assert.Equal("/plans/0/year", Assert.Single(PlansSchema.Validate(JsonDocument.Parse(year.ToJsonString()).RootElement)).Split(':')[0]);
        Assert.Contains(PlansSchema.Validate(JsonDocument.Parse(all.ToJsonString()).RootElement),
            e => e.StartsWith("/plans/1: ", StringComparison.Ordinal) && e.Contains("\"year\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_index_validates_against_its_published_schema()
    {
        var file = (string name, long bytes) => new OpenDataFile("https://edu.yunxi.example.gov.cn/plans/data/" + name, bytes);
        var years = new[] { new OpenDataSet(2024, 1, 2, 3, file("plans-2024.json", 900), file("sections-2024.zip", 300), file("figures-2024.zip", 400), Zipped: true) };
        using var stream = new MemoryStream();

        OpenDataIndexWriter.Write(stream, Site([]), "https://x/data/plans.schema.json", "https://x/data/index.schema.json", years,
            new OpenDataSet(null, 1, 2, 3, file("plans.json", 900), file("sections.csv", 350), file("figures.csv", 400), Zipped: false));

        var json = JsonDocument.Parse(stream.ToArray()).RootElement;
        Assert.Empty(PlansSchema.Validate(json, "index.schema.json"));
        Assert.Equal(400, json.GetProperty("years")[0].GetProperty("figuresZip").GetProperty("bytes").GetInt64());
        Assert.Equal(300, json.GetProperty("years")[0].GetProperty("sectionsZip").GetProperty("bytes").GetInt64());
        Assert.Equal(2, json.GetProperty("years")[0].GetProperty("sections").GetInt32());
        Assert.Equal(350, json.GetProperty("all").GetProperty("sectionsCsv").GetProperty("bytes").GetInt64());
        Assert.Equal(400, json.GetProperty("all").GetProperty("figuresCsv").GetProperty("bytes").GetInt64());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("all").GetProperty("year").ValueKind);
    }

    [Fact]
    public void The_schema_check_catches_a_broken_document()
    {
        var broken = JsonDocument.Parse("""{"version":2,"site":{"title":"t","url":"u","language":"zh-CN"},"year":2024,"plans":[{"title":"t","year":"2024"}]}""").RootElement;

        var errors = PlansSchema.Validate(broken);

        Assert.Contains(errors, e => e.StartsWith("/plans/0/year: ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("/plans/0: ", StringComparison.Ordinal) && e.Contains("\"kind\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_written_plans_file_whose_date_is_not_an_iso_date_fails_the_schema_there()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(PlansJsonWriter.ToUtf8Bytes(Site(Plans), null))!;
        json["plans"]![1]!["date"] = "2024年2月15日";

        var errors = PlansSchema.Validate(JsonDocument.Parse(json.ToJsonString()).RootElement);

        Assert.Equal("/plans/1/date", Assert.Single(errors).Split(':')[0]);
    }

    [Fact]
    public void Plans_json_is_readable_utf8_and_independent_of_input_order()
    {
        var bytes = PlansJsonWriter.ToUtf8Bytes(Site(Plans));
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Contains("\"kindName\":\"工作计划\"", text);
        Assert.Contains("云教发〔2024〕3号", text);
        Assert.Equal(bytes, PlansJsonWriter.ToUtf8Bytes(Site(Plans.Reverse().ToArray())));
        Assert.True(text.IndexOf("/2023/", StringComparison.Ordinal) < text.IndexOf("/2024/", StringComparison.Ordinal));
    }

    [Fact]
    public void Figures_csv_has_a_bom_a_header_and_a_row_per_figure_that_stands_alone_without_the_sentence()
    {
        var bytes = FiguresCsvWriter.ToUtf8Bytes(Plans);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("plan_url,section_id,category,value,value_max,unit,label,normalized_value,base_unit,year,class", lines[0]);
        Assert.Equal(1 + 5 + 1, lines.Length);
        Assert.Equal("https://edu.yunxi.example.gov.cn/plans/plans/2023/plan/,s1,count,3,,所,新建幼儿园,3,所,2023,", lines[1]);
        Assert.Equal("https://edu.yunxi.example.gov.cn/plans/plans/2023/plan/,s1,money,1200,,万元,投入,12000000,元,2023,total", lines[2]);
        Assert.Equal("https://edu.yunxi.example.gov.cn/plans/plans/2024/plan/,s1,count,2,3,所,新建幼儿园,2,所,2024,", lines[3]);
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public void Sections_csv_has_a_bom_a_header_and_a_row_per_heading_with_its_level_and_topics_separated_by_spaces()
    {
        var bytes = SectionsCsvWriter.ToUtf8Bytes(Plans);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal(
        [
            "plan_url,section_id,level,heading,topics",
            "https://edu.yunxi.example.gov.cn/plans/plans/2023/plan/,s1,2,一、学前教育,preschool facilities",
            "https://edu.yunxi.example.gov.cn/plans/plans/2023/plan/,s1-1,3,（一）扩充资源,",
            "https://edu.yunxi.example.gov.cn/plans/plans/2024/plan/,s1,2,一、学前教育,preschool facilities",
            "https://edu.yunxi.example.gov.cn/plans/plans/2024/plan/,s1-1,3,（一）扩充资源,",
            "",
        ], lines);
        Assert.Equal(bytes, SectionsCsvWriter.ToUtf8Bytes(Plans.Reverse().ToArray()));
    }

    [Fact]
    public void Csv_quoting_doubles_quotes_and_wraps_line_breaks()
    {
        Assert.Equal("\"a \"\"b\"\"\"", OpenDataCsv.Quote("a \"b\""));
        Assert.Equal("\"x\r\ny\"", OpenDataCsv.Quote("x\r\ny"));
        Assert.Equal("plain", OpenDataCsv.Quote("plain"));
    }
}
