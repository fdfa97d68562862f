using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Insights;

/// <summary>What a reader of the sample site sees of the figures, charts, cross-year links and open data.</summary>
public class SampleSiteInsightsTests(SampleSite sample) : IClassFixture<SampleSite>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void A_plan_page_lists_its_key_figures_with_links_to_their_sections()
    {
        var page = sample.Page("plans/2024/2024-plan/");

        var rows = page.QuerySelectorAll(".plan-figures tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).ToList();
        Assert.Equal("主要数据", page.QuerySelector(".plan-figures h2")!.TextContent);
        Assert.Contains(rows, r => r[0] == "3,750" && r[1] == "万元" && r[2] == "计划投入");
        var link = page.QuerySelectorAll(".plan-figures tbody a").First(a => a.TextContent.Contains("计划投入3750万元", StringComparison.Ordinal));
        Assert.Equal("/plans/plans/2024/2024-plan/#key-projects", link.GetAttribute("href"));
        Assert.NotNull(page.GetElementById("key-projects"));
    }

    [Fact]
    public void A_topic_page_charts_money_per_year_beside_a_table_of_the_same_numbers()
    {
        var page = sample.Page("topics/facilities/");

        var svg = XElement.Parse(page.QuerySelector(".money svg")!.OuterHtml);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        var labelledBy = ((string)svg.Attribute("aria-labelledby")!).Split(' ');
        Assert.Equal(labelledBy, svg.Elements().Where(e => e.Name == Svg + "title" || e.Name == Svg + "desc").Select(e => (string)e.Attribute("id")!));
        var table = page.QuerySelectorAll(".money tbody tr")
            .Select(r => (Year: r.QuerySelector("th")!.TextContent, Amount: r.QuerySelector("td")!.TextContent)).ToList();
        Assert.Contains(("2022年", "11,460"), table);
        var chartValues = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "chart-value").Select(t => t.Value);
        Assert.Equal(table.Select(r => r.Amount + "万元"), chartValues);
        // Drawn at build time: the page loads no script but the theme's own site.js (the 适老化 button).
        Assert.All(page.QuerySelectorAll("script[src]"), script => Assert.EndsWith("/assets/site.js", script.GetAttribute("src")));
    }

    [Fact]
    public void A_year_page_charts_the_money_of_each_topic()
    {
        var page = sample.Page("years/2024/");

        Assert.NotNull(page.QuerySelector(".money svg[role=img]"));
        var topics = page.QuerySelectorAll(".money tbody th").Select(th => th.TextContent).ToList();
        Assert.Contains("办学条件改善", topics);
    }

    [Fact]
    public void Sections_link_to_the_same_commitment_in_earlier_years()
    {
        var page = sample.Page("plans/2024/2024-summary/");

        var related = page.QuerySelectorAll(".plan-body .related a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/plans/plans/2023/2023-summary/#s2-1", related);
        Assert.Contains("/plans/plans/2022/2022-weak-schools-plan/#s3", related);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(sample.Output, "plans"), "index.html", SearchOption.AllDirectories))
        {
            var year = int.Parse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(file)))!);
            var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file));
            foreach (var group in doc.QuerySelectorAll(".related"))
            {
                var links = group.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
                Assert.InRange(links.Count, 1, 3);
                Assert.All(links, href => Assert.True(int.Parse(href.Split('/')[3]) < year, $"{file}: {href}"));
            }
        }
    }

    [Fact]
    public void A_summary_and_the_plan_of_its_year_link_to_each_other()
    {
        var plan = sample.Page("plans/2023/2023-plan/");
        var summary = sample.Page("plans/2023/2023-summary/");

        Assert.Contains("/plans/plans/2023/2023-summary/", plan.QuerySelectorAll(".counterparts a").Select(a => a.GetAttribute("href")));
        Assert.Contains("/plans/plans/2023/2023-plan/", summary.QuerySelectorAll(".counterparts a").Select(a => a.GetAttribute("href")));
        Assert.StartsWith("本年度工作计划", summary.QuerySelector(".counterparts")!.TextContent);
    }

    [Fact]
    public void A_plan_page_describes_itself_to_search_engines_as_a_government_report()
    {
        var script = sample.Page("plans/2024/2024-plan/").QuerySelector("script[type='application/ld+json']")!;

        var ld = JsonDocument.Parse(script.TextContent).RootElement;
        Assert.Equal("Report", ld.GetProperty("@type").GetString());
        Assert.Equal("GovernmentOrganization", ld.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.Equal("云溪县教育局", ld.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("2024-02-26", ld.GetProperty("datePublished").GetString());
        Assert.Contains("办学条件改善", ld.GetProperty("keywords").GetString());
    }

    [Fact]
    public void Each_topic_has_an_atom_feed_of_its_own_plans()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(sample.Read("topics/vocational/feed.xml"));

        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Contains(e.Elements(atom + "category"), c => (string?)c.Attribute("term") == "vocational"));
        Assert.Equal("/plans/topics/vocational/feed.xml", sample.Page("topics/vocational/").QuerySelector(".feed-link a")!.GetAttribute("href"));
    }

    [Fact]
    public void Plans_json_is_valid_against_its_schema_and_figures_csv_has_a_row_per_figure()
    {
        var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(sample.Output, "data", "plans.json"))).RootElement;
        var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "schema", "plans.schema.json"))).RootElement;

        Assert.Empty(MiniJsonSchema.Validate(schema, json));
        Assert.Equal(sample.Result.PlanCount, json.GetProperty("plans").GetArrayLength());
        var figures = json.GetProperty("plans").EnumerateArray().Sum(p => p.GetProperty("figures").GetArrayLength());
        Assert.True(figures > 100, $"{figures} figures");

        var csv = File.ReadAllBytes(Path.Combine(sample.Output, "data", "figures.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var records = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(figures + 1, records.Length);
    }
}
