using System.Net;
using StaticPlans.Serve;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Serve;

/// <summary>serve is a preview: drafts are shown, marked 草稿; --no-drafts shows the site as it will be published.</summary>
public sealed class ServeDraftsTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public ServeDraftsTests()
    {
        _site.WritePlan("published", "## 一、总体要求\n\n做好校园安全工作。\n", title: "测试县教育局2024年工作计划");
        _site.WritePlan("draft-summary", "## 一、主要工作\n\n防溺水教育全覆盖。\n", extraFrontMatter: "draft: true",
            title: "测试县教育局2024年工作总结（征求意见稿）", date: "2024-12-20");
    }

    public void Dispose()
    {
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Serve_shows_drafts_with_a_draft_banner_on_their_page_and_a_label_in_listings()
    {
        await using var server = await PreviewServer.StartAsync(new PreviewOptions(_site.Root, Port: 0));
        var draft = Parse(await _http.GetStringAsync(new Uri(server.SiteUrl, "plans/2024/draft-summary/")));
        Assert.Contains("草稿", draft.QuerySelector("main .draft-banner")?.TextContent);
        Assert.Equal("测试县教育局2024年工作总结（征求意见稿）", draft.QuerySelector("h1")?.TextContent);

        foreach (var (listing, items) in new[] { ("", ".plan-list li"), ("years/2024/", ".plan-list li"), ("kinds/plan/", ".plan-list li"), ("topics/safety/", ".topic-plan") })
        {
            var page = Parse(await _http.GetStringAsync(new Uri(server.SiteUrl, listing)));
            var item = page.QuerySelectorAll(items).Single(li => li.TextContent.Contains("征求意见稿"));
            Assert.Equal("草稿", item.QuerySelector(".draft-label")?.TextContent);
            var other = page.QuerySelectorAll(items).Single(li => li.TextContent.Contains("测试县教育局2024年工作计划"));
            Assert.Null(other.QuerySelector(".draft-label"));
        }
        var published = Parse(await _http.GetStringAsync(new Uri(server.SiteUrl, "plans/2024/published/")));
        Assert.Null(published.QuerySelector(".draft-banner"));
    }

    [Fact]
    public async Task Serve_with_no_drafts_shows_the_site_as_it_will_be_published()
    {
        await using var server = await PreviewServer.StartAsync(new PreviewOptions(_site.Root, Port: 0, Drafts: false));
        var response = await _http.GetAsync(new Uri(server.SiteUrl, "plans/2024/draft-summary/"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var year = await _http.GetStringAsync(new Uri(server.SiteUrl, "years/2024/"));
        Assert.DoesNotContain("征求意见稿", year);
        Assert.DoesNotContain("draft-label", year);
    }

    [Fact]
    public void A_published_build_has_neither_the_draft_nor_a_draft_label()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var output = _site.Output;
        Assert.False(Directory.Exists(Path.Combine(output, "plans/2024/draft-summary")));
        Assert.DoesNotContain("草稿", File.ReadAllText(Path.Combine(output, "years/2024/index.html")));
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
}
