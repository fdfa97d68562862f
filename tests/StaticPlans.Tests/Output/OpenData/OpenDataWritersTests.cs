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

    private static JsonElement Schema()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "docs", "schema", "plans.schema.json")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new FileNotFoundException("docs/schema/plans.schema.json");
        }
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "docs", "schema", "plans.schema.json"))).RootElement;
    }

    [Fact]
    public void Plans_json_validates_against_the_published_schema()
    {
        var json = JsonDocument.Parse(PlansJsonWriter.ToUtf8Bytes(Site(Plans))).RootElement;

        Assert.Empty(MiniJsonSchema.Validate(Schema(), json));
        var figures = json.GetProperty("plans")[1].GetProperty("figures");
        Assert.Equal(3, figures.GetArrayLength());
        Assert.Equal(2, figures[0].GetProperty("value").GetDecimal());
        Assert.Equal(3, figures[0].GetProperty("valueMax").GetDecimal());
        Assert.Equal("37500000", figures[1].GetProperty("normalizedValue").GetRawText());
        Assert.Equal(JsonValueKind.Null, figures[0].GetProperty("class").ValueKind);
        Assert.Equal("total", figures[1].GetProperty("class").GetString());
    }

    [Fact]
    public void The_schema_check_catches_a_broken_document()
    {
        var broken = JsonDocument.Parse("""{"version":1,"site":{"title":"t","url":"u","language":"zh-CN"},"plans":[{"title":"t","year":"2024"}]}""").RootElement;

        var errors = MiniJsonSchema.Validate(Schema(), broken);

        Assert.Contains(errors, e => e.Contains("$.plans[0].year", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("missing kind", StringComparison.Ordinal));
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
    public void Figures_csv_has_a_bom_a_header_and_rfc4180_quoting()
    {
        var bytes = FiguresCsvWriter.ToUtf8Bytes(Plans);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("plan_url,section_id,category,value,value_max,unit,label,sentence,normalized_value,base_unit,year,plan_title,class", lines[0]);
        Assert.Equal(1 + 5 + 1, lines.Length);
        Assert.Equal("""https://edu.yunxi.example.gov.cn/plans/plans/2023/plan/,s1,count,3,,所,新建幼儿园,"通知要求""新建幼儿园3所,投入1200万元""。",3,所,2023,云溪县教育局2023年工作计划,""", lines[1]);
        Assert.EndsWith(",12000000,元,2023,云溪县教育局2023年工作计划,total", lines[2]);
        Assert.StartsWith("https://edu.yunxi.example.gov.cn/plans/plans/2024/plan/,s1,count,2,3,所,新建幼儿园,\"新建幼儿园2—3所，", lines[3]);
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
