using StaticPlans.Diagnostics;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Rendering;

public class GovernmentFooterTests
{
    private const string Footer = """

        footer:
          sponsor: 测试县教育局
          organizer: 测试县教育局办公室
          phone: 0870-1234567
          address: 测试县城关镇一号路1号
          icp: 滇ICP备12345678号-1
          police_record: 滇公网安备 53042602000123号
          site_code: "5304260001"
          badge: images/badge.png
        """;

    private static TestSite SiteWith(string footer)
    {
        var site = new TestSite(TestSite.DefaultSiteYml + footer)
            .Plan(2024, "a", "title: 测试县教育局2024年工作计划\nyear: 2024\nkind: plan\ndate: 2024-03-01", "## 一、学前教育\n办好幼儿园。\n");
        var badge = Path.Combine(site.Root, "static/images/badge.png");
        Directory.CreateDirectory(Path.GetDirectoryName(badge)!);
        File.WriteAllBytes(badge, [0x89, 0x50, 0x4E, 0x47]);
        return site;
    }

    [Fact]
    public void Every_page_of_every_type_shows_the_sponsor_contacts_registrations_and_badge()
    {
        using var site = SiteWith(Footer);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/')).ToList();
        foreach (var expected in new[] { "index.html", "years/index.html", "years/2024/index.html", "topics/index.html",
                     "topics/preschool/index.html", "search/index.html", "404.html", "plans/2024/a/index.html" })
        {
            Assert.Contains(expected, pages);
        }

        foreach (var path in pages)
        {
            var footer = site.Page(path).QuerySelector("footer .gov-footer");
            Assert.True(footer is not null, $"{path} has no government footer");
            var text = footer.TextContent;
            foreach (var part in new[] { "主办单位：测试县教育局", "承办单位：测试县教育局办公室", "联系电话：0870-1234567", "地址：测试县城关镇一号路1号",
                         "网站标识码：5304260001" })
            {
                Assert.Contains(part, text);
            }

            var icp = footer.QuerySelector("a[href='https://beian.miit.gov.cn/']");
            Assert.Equal("滇ICP备12345678号-1", icp?.TextContent);
            var police = footer.QuerySelector("a[href^='http://www.beian.gov.cn/']");
            Assert.Equal("http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=53042602000123", police?.GetAttribute("href"));
            Assert.Equal("滇公网安备 53042602000123号", police?.TextContent);
            var img = footer.QuerySelector("img");
            Assert.Equal("/plans/images/badge.png", img?.GetAttribute("src"));
            Assert.False(string.IsNullOrWhiteSpace(img?.GetAttribute("alt")), "the badge has a text alternative");
        }
        Assert.True(File.Exists(Path.Combine(site.Output, "images/badge.png")), "the badge is served by the site itself");
    }

    [Fact]
    public void A_site_without_footer_settings_shows_no_empty_labels_or_links()
    {
        using var site = SiteWith("");
        Assert.True(site.Build().Succeeded);
        var home = site.Page("");
        Assert.NotNull(home.QuerySelector("footer"));
        Assert.Null(home.QuerySelector(".gov-footer"));
        Assert.DoesNotContain("主办单位", home.QuerySelector("footer")!.TextContent);
    }

    [Fact]
    public void Only_the_settings_given_are_shown()
    {
        using var site = SiteWith("\nfooter:\n  icp: 滇ICP备12345678号-1\n");
        Assert.True(site.Build().Succeeded);
        var footer = site.Page("plans/2024/a/").QuerySelector(".gov-footer")!;
        Assert.Single(footer.QuerySelectorAll("li"));
        Assert.Null(footer.QuerySelector("img"));
        Assert.Null(footer.QuerySelector(".gov-contact"));
        Assert.Equal("https://beian.miit.gov.cn/", footer.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_badge_on_another_host_is_refused_so_no_page_loads_it()
    {
        using var site = SiteWith("\nfooter:\n  badge: https://example.com/badge.png\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        DiagnosticAssert.Single(result.Diagnostics, DiagnosticCodes.FooterBadgeNotLocal, "site.yml", 12, 10, Severity.Error);
    }

    [Fact]
    public void A_badge_missing_from_static_or_outside_it_is_an_error_naming_where_to_put_it()
    {
        using var missing = SiteWith("\nfooter:\n  badge: images/dzjg.png\n");
        var d = DiagnosticAssert.Single(missing.Build().Diagnostics, DiagnosticCodes.FooterBadgeNotLocal, "site.yml", 12, 10, Severity.Error);
        Assert.Contains("static/images/dzjg.png", d.Message);

        using var outside = SiteWith("\nfooter:\n  badge: ../site.yml\n");
        Assert.Contains(outside.Build().Diagnostics, x => x.Code == DiagnosticCodes.FooterBadgeNotLocal);
    }

    [Fact]
    public void A_misspelt_footer_setting_is_a_warning_with_a_suggestion()
    {
        using var site = SiteWith("\nfooter:\n  spnosor: 测试县教育局\n");
        var result = site.Build();
        Assert.True(result.Succeeded);
        var d = DiagnosticAssert.Single(result.Diagnostics, DiagnosticCodes.FooterUnknownKey, "site.yml", 12, 3, Severity.Warning);
        Assert.Contains("did you mean 'sponsor'", d.Message);
    }
}
