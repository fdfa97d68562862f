using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Rendering;

public class NotFoundPageTests
{
    [Fact]
    public void The_404_page_marks_no_navigation_item_as_the_current_page()
    {
        using var site = new TestSite().Plan(2024, "a", "title: 甲\nyear: 2024\nkind: plan\ndate: 2024-03-01", "## 一、学前教育\n文。\n");
        Assert.True(site.Build().Succeeded);
        Assert.Empty(site.Page("404.html").QuerySelectorAll(".site-nav [aria-current]"));
        // The home page still does.
        Assert.Equal("首页", site.Page("").QuerySelector(".site-nav [aria-current=page]")?.TextContent);
    }
}
