using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Rendering;

public class BaseUrlTests
{
    [Theory]
    [InlineData("https://edu.example.gov.cn/gov/jyj/plans/", "/gov/jyj/plans/")]
    [InlineData("https://edu.example.gov.cn/", "/")]
    public void Every_link_and_asset_on_every_page_lives_under_the_base_path(string baseUrl, string basePath)
    {
        using var site = new TestSite(TestSite.DefaultSiteYml.Replace("https://edu.example.gov.cn/plans/", baseUrl))
            .Plan(2023, "a", "title: 甲\nyear: 2023\nkind: plan\ndate: 2023-03-01", "## 一、学前教育\n见[乙](/plans/2024/b/#s1)。\n")
            .Plan(2024, "b", "title: 乙\nyear: 2024\nkind: plan\ndate: 2024-03-01", "## 一、校园安全\n文。\n");
        Assert.True(site.Build().Succeeded);

        var htmlFiles = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(htmlFiles.Count >= 10);
        foreach (var file in htmlFiles)
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file));
            var urls = page.QuerySelectorAll("a[href], link[href], script[src], img[src], form[action]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!)
                .Where(u => !u.StartsWith('#'));
            foreach (var url in urls)
            {
                var ok = url.StartsWith(basePath, StringComparison.Ordinal) || url.StartsWith(baseUrl, StringComparison.Ordinal);
                Assert.True(ok, $"{Path.GetRelativePath(site.Output, file)} links to '{url}', outside {basePath}");
            }
        }
        Assert.NotNull(site.Page("plans/2023/a/").QuerySelector($".plan-body a[href='{basePath}plans/2024/b/#s1']"));
        Assert.Contains($"<loc>{baseUrl}plans/2024/b/</loc>", site.ReadOutput("sitemap.xml"));
    }

    [Fact]
    public void The_base_url_option_overrides_site_yml()
    {
        using var site = new TestSite().Plan(2024, "b", "title: 乙\nyear: 2024\nkind: plan\ndate: 2024-03-01", "## 一、校园安全\n文。\n");
        Assert.True(site.Build(baseUrl: "http://localhost:8080/preview/").Succeeded);

        Assert.Equal("/preview/plans/2024/b/", site.Page("").QuerySelector(".plan-list a")!.GetAttribute("href"));
    }
}
