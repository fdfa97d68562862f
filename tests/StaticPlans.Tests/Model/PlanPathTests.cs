using StaticPlans.Model;

namespace StaticPlans.Tests.Model;

public class PlanPathTests
{
    private static readonly Plan Sample = new("content/plans/2024/a.md", "甲", 2024, "plan", "工作计划", new DateOnly(2024, 3, 1),
        "测试县教育局", null, null, "", "a", false, "", [], [], "", [], 0);

    [Fact]
    public void A_plan_is_published_under_its_year_and_slug()
    {
        Assert.Equal("plans/2024/a/", Sample.Path);
    }

    [Fact]
    public void A_copy_with_another_slug_or_year_is_published_under_its_own()
    {
        Assert.Equal("plans/2024/b/", (Sample with { Slug = "b" }).Path);
        Assert.Equal("plans/2023/a/", (Sample with { Year = 2023 }).Path);
        Assert.Equal("plans/2024/a/", (Sample with { Title = "乙" }).Path);
    }

    [Fact]
    public void Two_plans_with_the_same_fields_are_equal_whichever_was_made_by_copying()
    {
        Assert.Equal(Sample, Sample with { Slug = "b" } with { Slug = "a" });
    }
}
