using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Rendering;

public class EscapingTests
{
    [Fact]
    public void A_script_tag_in_a_title_or_body_is_shown_as_text_and_never_runs()
    {
        using var site = new TestSite().Plan(2024, "x",
            "title: \"<script>alert('t')</script>计划\"\nyear: 2024\nkind: plan\ndate: 2024-03-01\ndoc_no: \"<b>文号</b>\"",
            "## 一、学前教育\n<script>alert('b')</script>正文 <img src=x onerror=alert(1)>\n");
        Assert.True(site.Build().Succeeded);

        foreach (var path in new[] { "plans/2024/x/", "", "years/2024/", "topics/preschool/" })
        {
            var page = site.Page(path);
            // JSON-LD is a data block, not a script that runs; its own escaping is checked below. The only scripts
            // that run are the theme's own, in <head>: the one-line 适老模式 switch and site.js.
            Assert.All(page.Scripts.Where(s => s.Type != "application/ld+json"), s =>
            {
                Assert.Equal("HEAD", s.ParentElement?.TagName);
                Assert.True(s.Source?.EndsWith("/assets/site.js", StringComparison.Ordinal) == true || s.Text.Contains("sp-elder"), s.OuterHtml);
            });
            Assert.Empty(page.QuerySelectorAll("main b, main img"));
        }
        var plan = site.Page("plans/2024/x/");
        Assert.Equal("<script>alert('t')</script>计划", plan.QuerySelector("h1")!.TextContent);
        Assert.Contains("<script>alert('b')</script>", plan.QuerySelector(".plan-body")!.TextContent);
        Assert.Equal("<script>alert('t')</script>计划", plan.QuerySelector("meta[name=ArticleTitle]")!.GetAttribute("content"));
        var jsonLd = Assert.Single(plan.Scripts, s => s.Type == "application/ld+json").Text;
        Assert.DoesNotContain("<", jsonLd);
        Assert.Equal("<script>alert('t')</script>计划", System.Text.Json.JsonDocument.Parse(jsonLd).RootElement.GetProperty("name").GetString());
    }
}
