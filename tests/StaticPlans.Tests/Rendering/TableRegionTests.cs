using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Rendering;

public class TableRegionTests
{
    [Fact]
    public void Each_Markdown_table_scrolls_in_a_focusable_region_named_after_the_heading_above_it()
    {
        using var site = new TestSite().Plan(2024, "t", "title: 计划\nyear: 2024\nkind: plan\ndate: 2024-03-01",
            "| 甲 | 乙 |\n| --- | --- |\n| 1 | 2 |\n\n## 三、重点项目一览表\n| 序号 | 计划投入 |\n| --- | --- |\n| 1 | 870万元 |\n");
        Assert.True(site.Build().Succeeded);

        var regions = site.Page("plans/2024/t/").QuerySelectorAll(".plan-body div.table-scroll");
        Assert.Equal(2, regions.Length);
        Assert.All(regions, r =>
        {
            Assert.Equal("region", r.GetAttribute("role"));
            Assert.Equal("0", r.GetAttribute("tabindex"));
            Assert.Equal("TABLE", r.FirstElementChild?.TagName);
        });
        Assert.Equal("表格", regions[0].GetAttribute("aria-label"));
        Assert.Equal("“三、重点项目一览表”中的表格", regions[1].GetAttribute("aria-label"));
    }
}
