using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Cli;

public class ThemeExportTests
{
    private const string Plan = "title: 甲\nyear: 2024\nkind: plan\ndate: 2024-03-01";

    [Fact]
    public void Theme_export_writes_the_built_in_theme_into_the_site_where_its_files_then_override_the_theme()
    {
        using var site = new TestSite().Plan(2024, "a", Plan, "## 一、学前教育\n文。\n");
        var (exit, stdout, stderr) = BuildCommandTests.Run("theme", "export", site.Root);
        Assert.True(exit == 0, stderr);
        foreach (var file in new[] { "layouts/base.html", "layouts/plan.html", "layouts/partials/gov-footer.html", "assets/site.css", "assets/search.js", "assets/search/query.js", "strings.yml" })
        {
            Assert.True(File.Exists(Path.Combine(site.Root, file)), file);
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "themes/default", file)), File.ReadAllBytes(Path.Combine(site.Root, file)));
        }
        Assert.Contains("layouts/base.html", stdout);

        // A change to an exported file shows on the site.
        var plan = Path.Combine(site.Root, "layouts/plan.html");
        File.WriteAllText(plan, File.ReadAllText(plan).Replace("<article class=\"plan\">", "<article class=\"plan\"><p class=\"bureau-note\">本局自定义</p>"));
        Assert.True(site.Build().Succeeded);
        Assert.Equal("本局自定义", site.Page("plans/2024/a/").QuerySelector(".bureau-note")?.TextContent);
    }

    [Fact]
    public void Theme_export_refuses_to_overwrite_any_file_and_then_writes_nothing()
    {
        using var site = new TestSite();
        site.Write("layouts/plan.html", "本局的模板");
        var (exit, _, stderr) = BuildCommandTests.Run("theme", "export", site.Root);
        Assert.Equal(1, exit);
        Assert.Contains("layouts/plan.html already exists", stderr);
        Assert.Equal("本局的模板", File.ReadAllText(Path.Combine(site.Root, "layouts/plan.html")));
        Assert.False(File.Exists(Path.Combine(site.Root, "layouts/base.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "assets")));
    }

    [Fact]
    public void A_sites_custom_css_is_linked_after_the_themes_stylesheet_on_every_page()
    {
        using var site = new TestSite().Plan(2024, "a", Plan, "## 一、学前教育\n文。\n");
        Assert.True(site.Build().Succeeded);
        Assert.Empty(site.Page("").QuerySelectorAll("link[href$='custom.css']"));

        site.Write("assets/custom.css", ".site-header { background: #004d80; }\n");
        Assert.True(site.Build().Succeeded);
        Assert.Equal(".site-header { background: #004d80; }\n", site.ReadOutput("assets/custom.css"));
        foreach (var path in new[] { "", "plans/2024/a/", "years/2024/", "404.html", "search/" })
        {
            var sheets = site.Page(path).QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")).ToList();
            Assert.Equal(["/plans/assets/site.css", "/plans/assets/custom.css"], sheets);
        }
    }
}
