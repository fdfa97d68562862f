using StaticPlans.Model;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Model;

public class TopicTaggingTests
{
    [Fact]
    public void A_plan_belongs_to_the_topics_its_sections_mention_or_its_front_matter_lists()
    {
        using var site = new TestSite()
            .Plan(2024, "a", "title: 甲\nyear: 2024\nkind: plan\ndate: 2024-03-01\ntopics: [safety]",
                "## 一、学前教育\n新建幼儿园3所。\n## 二、其他\n无关内容。\n")
            .Plan(2024, "b", "title: 乙\nyear: 2024\nkind: plan\ndate: 2024-03-02", "## 一、中职\n职业学校建设。\n");
        Assert.True(site.Build().Succeeded);

        string[] Topics(string slug) => site.Page($"plans/2024/{slug}/").QuerySelectorAll(".plan-topics a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["学前教育", "校园安全"], Topics("a"));
        Assert.Equal(["职业教育"], Topics("b"));
    }

    [Fact]
    public void A_section_includes_its_subsections_but_not_its_siblings()
    {
        using var site = new TestSite()
            .Plan(2024, "a", "title: 甲\nyear: 2024\nkind: plan\ndate: 2024-03-01",
                "## 一、重点任务\n总述。\n### （一）办好幼儿园\n扩大普惠资源。\n## 二、保障\n经费保障。\n");
        site.Build();

        var topic = site.Page("topics/preschool/");
        var links = topic.QuerySelectorAll(".section-list a").Select(a => a.GetAttribute("href") ?? "").ToArray();
        Assert.Equal(["/plans/plans/2024/a/#s1-1"], links);
    }

    [Fact]
    public void Traditional_characters_match_simplified_keywords()
    {
        using var site = new TestSite()
            .Plan(2022, "t", "title: 雲溪縣教育局2022年工作要點\nyear: 2022\nkind: key-points\ndate: 2022-02-10",
                "## 一、發展學前教育\n新建幼兒園兩所。\n## 二、職業教育\n推進產教融合。\n");
        Assert.True(site.Build().Succeeded);

        var topics = site.Page("plans/2022/t/").QuerySelectorAll(".plan-topics a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["学前教育", "职业教育"], topics);
    }

    private static readonly TopicTagger Tagger = new([new("preschool", "学前教育", ["学前教育", "幼儿园"]), new("ai", "人工智能", ["AI 教育"])]);

    [Theory]
    [InlineData("一、学前教育", "扩大普惠资源。")]
    [InlineData("一、重点任务", "新建幼兒園3所。")]
    [InlineData("一、重点任务", "新建幼兒園3所……")]
    [InlineData("一、重点任务", "开展ＡＩ 教育试点。")]
    [InlineData("一、重点任务", "经费保障。")]
    [InlineData("一、学前", "教育")]
    public void A_heading_and_its_text_are_tagged_as_the_two_lines_they_are(string heading, string text)
    {
        Assert.Equal(Tagger.Tag(heading + "\n" + text), Tagger.Tag(heading, text));
    }

    [Fact]
    public void Text_that_needs_whole_normalisation_still_finds_its_keywords()
    {
        // … is not one char once normalised, so this text takes Fold's own way rather than the per-char one.
        Assert.Equal(["preschool"], Tagger.Tag("一、重点任务", "新建幼兒園3所……"));
        Assert.Equal(["ai"], Tagger.Tag("开展ＡＩ 教育试点…"));
    }

    [Theory]
    [InlineData("扩大普惠资源，新建幼儿园，发展学前教育。", 9)]
    [InlineData("发展学前教育，新建幼儿园。", 2)]
    [InlineData("新建幼兒園。", 2)]
    [InlineData("经费保障。", -1)]
    public void The_first_match_is_where_the_earliest_keyword_starts_whichever_it_is(string text, int at)
    {
        Assert.Equal(at, Tagger.FirstMatch("preschool", text));
    }
}
