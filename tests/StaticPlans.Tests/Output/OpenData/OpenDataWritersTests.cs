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
        Sections: [new OpenDataSection("s1", "一、学前教育", 2, ["preschool"])],
        Figures: FigureExtractor.Extract(text).Select(f => new OpenDataFigure("s1", f)).ToArray());

    private static readonly OpenDataPlan[] Plans =
    [
        Plan("plan", 2024, "新建幼儿园2—3所，计划投入3,750万元，毛入园率达到92.5%。"),
        Plan("plan", 2023, "通知要求\"新建幼儿园3所,投入1200万元\"。"),
    ];

    private static OpenDataSite Site(IReadOnlyList<OpenDataPlan> plans) =>
        new("云溪县教育局工作计划公开", "https://edu.yunxi.example.gov.cn/plans/", "zh-CN", plans);

    [Fact]
    public void A_years_plans_file_validates_against_the_published_schema_and_leaves_the_figures_to_the_csv()
    {
        var json = JsonDocument.Parse(PlansJsonWriter.ToUtf8Bytes(Site([Plans[0]]), 2024)).RootElement;

        Assert.Empty(PlansSchema.Validate(json));
        Assert.Equal(2024, json.GetProperty("year").GetInt32());
        var plan = json.GetProperty("plans")[0];
        Assert.Equal("s1", plan.GetProperty("sections")[0].GetProperty("id").GetString());
        Assert.Equal("一、学前教育", plan.GetProperty("sections")[0].GetProperty("heading").GetString());
        Assert.False(plan.TryGetProperty("figures", out _));
        Assert.DoesNotContain("毛入园率", Encoding.UTF8.GetString(PlansJsonWriter.ToUtf8Bytes(Site(Plans), null)));
    }

    [Fact]
    public void The_plans_file_of_every_year_says_so_with_a_null_year()
    {
        var json = JsonDocument.Parse(PlansJsonWriter.ToUtf8Bytes(Site(Plans))).RootElement;

        Assert.Empty(PlansSchema.Validate(json));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("year").ValueKind);
        Assert.Equal(2, json.GetProperty("plans").GetArrayLength());
    }

    [Fact]
    public void The_index_validates_against_its_published_schema()
    {
        var file = (string name, long bytes) => new OpenDataFile("https://edu.yunxi.example.gov.cn/plans/data/" + name, bytes);
        var years = new[] { new OpenDataSet(2024, 1, 3, file("plans-2024.json", 900), file("figures-2024.zip", 400), FiguresZipped: true) };
        using var stream = new MemoryStream();

        OpenDataIndexWriter.Write(stream, Site([]), "https://x/data/plans.schema.json", "https://x/data/index.schema.json", years,
            new OpenDataSet(null, 1, 3, file("plans.json", 900), file("figures.csv", 400), FiguresZipped: false));

        var json = JsonDocument.Parse(stream.ToArray()).RootElement;
        Assert.Empty(PlansSchema.Validate(json, "index.schema.json"));
        Assert.Equal(400, json.GetProperty("years")[0].GetProperty("figuresZip").GetProperty("bytes").GetInt64());
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
    public void A_written_plans_file_whose_section_level_is_out_of_the_schema_s_range_fails_there()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(PlansJsonWriter.ToUtf8Bytes(Site(Plans), null))!;
        json["plans"]![1]!["sections"]![0]!["level"] = 9;

        var errors = PlansSchema.Validate(JsonDocument.Parse(json.ToJsonString()).RootElement);

        Assert.Equal("/plans/1/sections/0/level", Assert.Single(errors).Split(':')[0]);
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
    public void Csv_quoting_doubles_quotes_and_wraps_line_breaks()
    {
        Assert.Equal("\"a \"\"b\"\"\"", FiguresCsvWriter.Quote("a \"b\""));
        Assert.Equal("\"x\r\ny\"", FiguresCsvWriter.Quote("x\r\ny"));
        Assert.Equal("plain", FiguresCsvWriter.Quote("plain"));
    }
}
