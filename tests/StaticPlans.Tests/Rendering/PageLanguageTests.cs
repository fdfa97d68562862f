using StaticPlans.Diagnostics;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Rendering;

public class PageLanguageTests
{
    private static TestSite Site(string extra = "") => new TestSite()
        .Plan(2022, "trad", "title: 雲溪縣教育局2022年工作要點\nyear: 2022\nkind: key-points\ndate: 2022-02-18" + extra,
            "## 一、學前教育\n\n全縣新建普惠性幼兒園三所，鞏固學前教育普及成果，推動義務教育優質均衡發展。\n")
        .Plan(2024, "simp", "title: 云溪县教育局2024年工作计划\nyear: 2024\nkind: plan\ndate: 2024-02-01",
            "## 一、学前教育\n\n全县新建普惠性幼儿园三所，巩固学前教育普及成果，推动义务教育优质均衡发展。\n");

    [Fact]
    public void A_plan_in_traditional_characters_gets_lang_zh_Hant_and_the_rest_of_the_site_keeps_its_language()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);
        Assert.Equal("zh-Hant", site.Page("plans/2022/trad/").DocumentElement.GetAttribute("lang"));
        Assert.Equal("zh-CN", site.Page("plans/2024/simp/").DocumentElement.GetAttribute("lang"));
        Assert.Equal("zh-CN", site.Page("years/2022/").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void A_language_key_overrides_the_detected_one()
    {
        using var site = Site("\nlanguage: zh-HK");
        Assert.True(site.Build().Succeeded);
        Assert.Equal("zh-HK", site.Page("plans/2022/trad/").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void A_language_that_is_no_language_tag_is_an_error()
    {
        using var site = Site("\nlanguage: 繁体");
        DiagnosticAssert.Single(site.Build().Diagnostics, DiagnosticCodes.LanguageInvalid, "content/plans/2022/trad.md", 6, 11, Severity.Error);
    }

    [Fact]
    public void A_simplified_plan_quoting_a_few_traditional_names_stays_simplified()
    {
        Assert.False(StaticPlans.Text.ScriptDetection.IsTraditional("云溪县教育局与臺灣、香港的學校开展交流，推进学前教育和义务教育优质均衡发展，办好人民满意的教育。"));
        Assert.True(StaticPlans.Text.ScriptDetection.IsTraditional("雲溪縣教育局2022年工作要點"));
    }
}
