using System.Xml.Linq;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Building;

public class SampleSiteTests(SampleSite sample) : IClassFixture<SampleSite>
{
    [Fact]
    public void The_sample_site_builds_without_errors_or_warnings()
    {
        Assert.Empty(sample.Result.Diagnostics);
        Assert.True(sample.Result.PlanCount >= 15);
    }

    [Fact]
    public void It_has_every_page_a_citizen_expects()
    {
        var expected = new List<string> { "", "years/", "topics/", "search/", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "assets/site.css" };
        var config = StaticPlans.Loading.SiteConfigLoader.Load(RepoPaths.Root, new List<StaticPlans.Diagnostics.Diagnostic>())!;
        expected.AddRange(config.Topics.Select(t => $"topics/{t.Slug}/"));
        expected.AddRange(Enumerable.Range(2021, 5).Select(y => $"years/{y}/"));
        expected.AddRange(["plans/2024/2024-plan/", "plans/2023/2023-summary/", "plans/2022/2022-key-points/"]);

        foreach (var path in expected)
            Assert.True(File.Exists(Path.Combine(sample.Output, path.EndsWith('/') || path.Length == 0 ? path + "index.html" : path)), path);
        Assert.Equal(12, config.Topics.Count);
        Assert.False(Directory.Exists(Path.Combine(sample.Output, "plans/2025/2025-high-school-draft")), "drafts are not published");
    }

    [Fact]
    public void Every_topic_of_site_yml_has_plans_in_the_sample_content()
    {
        var topics = sample.Page("topics/").QuerySelectorAll(".topic-grid .count").Select(c => c.TextContent).ToList();
        Assert.Equal(12, topics.Count);
        Assert.DoesNotContain("0篇", topics);
    }

    [Fact]
    public void Every_page_has_landmarks_a_skip_link_one_h1_headings_in_order_and_government_metadata()
    {
        foreach (var file in Directory.EnumerateFiles(sample.Output, "*.html", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(sample.Output, file);
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file));
            // The sample's 2022 key points are written in traditional characters.
            var traditional = name.Replace('\\', '/') == "plans/2022/2022-key-points/index.html";
            Assert.Equal(traditional ? "zh-Hant" : "zh-CN", page.DocumentElement.GetAttribute("lang"));
            Assert.NotNull(page.QuerySelector("header"));
            Assert.NotNull(page.QuerySelector("nav"));
            Assert.NotNull(page.QuerySelector("main#main"));
            Assert.NotNull(page.QuerySelector("footer"));
            Assert.Equal("#main", page.QuerySelector("body > a.skip-link")?.GetAttribute("href"));
            Assert.Single(page.QuerySelectorAll("h1"));
            var levels = page.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6").Select(h => h.TagName[1] - '0').ToList();
            for (var i = 1; i < levels.Count; i++) Assert.True(levels[i] <= levels[i - 1] + 1, $"{name}: heading h{levels[i]} follows h{levels[i - 1]}");
            foreach (var meta in new[] { "SiteName", "ColumnName", "ArticleTitle", "ContentSource", "Keywords", "Description", "Url" })
                Assert.NotNull(page.QuerySelector($"meta[name={meta}]"));
            Assert.Empty(page.QuerySelectorAll("script[src^='http'], link[rel=stylesheet][href^='http'], img[src^='http'], iframe"));
        }
    }

    [Fact]
    public void A_plan_page_shows_the_disclosure_metadata_toc_topics_and_neighbours()
    {
        var page = sample.Page("plans/2024/2024-plan/");

        var meta = page.QuerySelectorAll(".disclosure div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal(["索引号", "发布机构", "成文日期", "文号", "类型", "年度"], meta.Keys);
        Assert.Equal("云教〔2024〕15号", meta["文号"]);
        Assert.Equal("2024", meta["年度"]);
        Assert.Contains(page.QuerySelectorAll(".toc a"), a => a.GetAttribute("href") == "#key-projects");
        Assert.NotEmpty(page.QuerySelectorAll(".plan-topics a"));
        Assert.NotNull(page.QuerySelector(".prev-next a[rel=prev], .prev-next a[rel=next]"));
        Assert.NotNull(page.QuerySelector(".plan-body a[href='/plans/plans/2023/2023-summary/']"));
    }

    [Fact]
    public void The_feed_is_atom_with_the_newest_plans_first()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(sample.Read("feed.xml"));
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(sample.Result.PlanCount, entries.Count);
        var dates = entries.Select(e => e.Element(atom + "published")!.Value).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.StartsWith("https://edu.yunxi.example.gov.cn/plans/plans/", entries[0].Element(atom + "id")!.Value);
    }
}
