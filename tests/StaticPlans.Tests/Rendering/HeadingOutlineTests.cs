using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Rendering;

public class HeadingOutlineTests
{
    private const string FrontMatter = "title: 2024年上半年工作总结\nyear: 2024\nkind: summary\ndate: 2024-07-10";

    // 1、 items written straight under 一、 (#### under ##), as real summaries do, then a regular ### and ####.
    private const string Body = "\n## 一、上半年工作\n\n#### 1、学前教育\n\n幼儿园建设。\n\n#### 2、职业教育\n\n中职建设。\n\n" +
        "## 二、下半年打算\n\n### （一）校园安全\n\n#### 1、防溺水\n\n防溺水教育。\n";

    [Fact]
    public void Headings_that_skip_a_level_are_shown_one_level_below_their_section_with_their_ids_kept()
    {
        using var site = new TestSite().Plan(2024, "s", FrontMatter, Body);
        var result = site.Build();
        Assert.True(result.Succeeded);
        // The document is right as written: nothing to warn about.
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "SP0205" or "SP0206");

        var headings = site.Page("plans/2024/s/").QuerySelectorAll(".plan-body h2, .plan-body h3, .plan-body h4, .plan-body h5")
            .Select(h => $"{h.TagName.ToLowerInvariant()} {h.Id}").ToList();
        Assert.Equal(["h2 s1", "h3 s1-1", "h3 s1-2", "h2 s2", "h3 s2-1", "h4 s2-1-1"], headings);
    }

    [Fact]
    public void The_contents_list_the_sections_of_a_document_that_skips_a_level()
    {
        using var site = new TestSite().Plan(2024, "s", FrontMatter, Body);
        Assert.True(site.Build().Succeeded);
        var entries = site.Page("plans/2024/s/").QuerySelectorAll("nav.toc li")
            .Select(li => $"{li.ClassName} {li.QuerySelector("a")!.GetAttribute("href")}").ToList();
        Assert.Equal(["toc-l2 #s1", "toc-l3 #s1-1", "toc-l3 #s1-2", "toc-l2 #s2", "toc-l3 #s2-1"], entries);
    }
}
