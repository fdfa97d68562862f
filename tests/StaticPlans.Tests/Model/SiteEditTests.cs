using StaticPlans.Model;

namespace StaticPlans.Tests.Model;

public class SiteEditTests
{
    private static readonly SiteConfig Config = new("测试", new Uri("https://example.gov.cn/"), "zh-CN", "测试县教育局", "default",
        [new("plan", "工作计划"), new("summary", "工作总结")], [new("a", "甲", ["甲"]), new("b", "乙", ["乙"]), new("c", "丙", ["丙"])]);

    private static Plan Plan(int year, string slug, DateOnly date, params string[] topics) =>
        new($"content/plans/{year}/{slug}.md", slug, year, "plan", "工作计划", date, "测试县教育局", null, null, "", slug, false, "", [],
            topics, "", [], 0);

    /// <summary>The replaced site answers every lookup exactly as a site built from scratch with the same plans.</summary>
    private static void AssertSameAsRebuilt(Site edited)
    {
        var rebuilt = new Site(Config, Site.Order(edited.Plans));
        Assert.Equal(rebuilt.Plans, edited.Plans);
        Assert.Equal(rebuilt.Years, edited.Years);
        foreach (var year in rebuilt.Years) Assert.Equal(rebuilt.PlansOfYear(year), edited.PlansOfYear(year));
        foreach (var topic in Config.Topics) Assert.Equal(rebuilt.PlansOfTopic(topic.Slug), edited.PlansOfTopic(topic.Slug));
        foreach (var plan in rebuilt.Plans) Assert.Same(plan, edited.PlanAt(plan.Path));
        foreach (var kind in new[] { "plan", "summary" }) Assert.Equal(rebuilt.PlansOfKind(kind), edited.PlansOfKind(kind));
        Assert.Equal(rebuilt.ListedKinds, edited.ListedKinds);
    }

    [Fact]
    public void Random_edits_keep_every_lookup_as_a_fresh_site_would_have_it_kinds_included()
    {
        var random = new Random(20260101);
        var topics = Config.Topics.Select(t => t.Slug).ToArray();
        string[] Topics() => topics.Where(_ => random.Next(2) == 0).ToArray();
        var plans = Enumerable.Range(0, 60).Select(i => Plan(2020 + i % 4, $"p{i:00}", new DateOnly(2020 + i % 4, 1 + i % 12, 1), Topics())).ToList();
        var site = new Site(Config, Site.Order(plans));

        for (var step = 0; step < 200; step++)
        {
            var old = site.Plans[random.Next(site.Plans.Count)];
            // Same year and slug (same URL); date, topics and kind change freely, dates often tie.
            var updated = old with
            {
                Date = new DateOnly(old.Year, 1 + random.Next(12), 1 + random.Next(2)),
                Topics = Topics(),
                Kind = random.Next(4) == 0 ? (old.Kind == "plan" ? "summary" : "plan") : old.Kind,
            };
            site = site.WithPlanReplaced(old, updated);
            if (step % 20 == 0) AssertSameAsRebuilt(site);
        }
        AssertSameAsRebuilt(site);
    }

    [Fact]
    public void The_site_edited_from_keeps_its_own_lookups()
    {
        var old = Plan(2024, "x", new DateOnly(2024, 3, 1), "a");
        var other = Plan(2024, "y", new DateOnly(2024, 2, 1), "a");
        var site = new Site(Config, Site.Order([old, other]));

        site.WithPlanReplaced(old, old with { Date = new DateOnly(2024, 1, 1), Topics = ["b"] });

        Assert.Equal([old, other], site.PlansOfTopic("a"));
        Assert.Empty(site.PlansOfTopic("b"));
        Assert.Same(old, site.PlanAt(old.Path));
    }

    [Fact]
    public void A_plan_cannot_change_its_url_in_place()
    {
        var old = Plan(2024, "x", new DateOnly(2024, 3, 1));
        var site = new Site(Config, [old]);

        Assert.Throws<ArgumentException>(() => site.WithPlanReplaced(old, old with { Slug = "z" }));
    }
}
