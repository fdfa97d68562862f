using StaticPlans.Insights.Related;

namespace StaticPlans.Tests.Insights.Related;

public class RelatedSectionsTests
{
    private const string Bureau = "云溪县教育局";

    private static readonly SectionRef[] Sample =
    [
        new("2022/plan#s3", 2022, Bureau, ["compulsory"],
            "实施义务教育薄弱环节改善与能力提升工程，改造薄弱学校校舍8所，新建学生宿舍2栋，配齐学生课桌椅和教学仪器设备，改善农村学校办学条件。"),
        new("2023/plan#s3", 2023, Bureau, ["compulsory"],
            "继续实施义务教育薄弱环节改善与能力提升工程，改造薄弱学校校舍12所，新建学生食堂3栋，配齐教学仪器设备，持续改善农村学校办学条件。"),
        new("2023/plan#s5", 2023, Bureau, ["preschool"],
            "扩大普惠性学前教育资源，新建公办幼儿园3所，认定普惠性民办幼儿园5所，学前三年毛入园率达到92%。"),
        new("2023/plan#s7", 2023, Bureau, ["teachers"],
            "加强教师队伍建设，开展县级骨干教师评选，组织新任教师岗前培训，落实乡村教师生活补助政策。"),
        new("2024/plan#s2", 2024, Bureau, ["compulsory"],
            "深入实施义务教育薄弱环节改善与能力提升工程，改造薄弱学校校舍15所，新建学生宿舍4栋，全面改善农村学校办学条件。"),
        new("2024/plan#s4", 2024, Bureau, ["preschool"],
            "持续扩大普惠性学前教育资源，新建公办幼儿园2所，认定普惠性民办幼儿园4所，学前三年毛入园率达到94%。"),
        new("2024/plan#s9", 2024, Bureau, ["safety"],
            "强化校园安全管理，开展防溺水专题教育，排查校舍安全隐患，建立校园食品安全日管控制度。"),
    ];

    [Fact]
    public void Links_a_section_to_earlier_years_on_the_same_commitment()
    {
        var related = RelatedSections.Compute(Sample);

        var links = related["2024/plan#s2"];
        Assert.Equal(["2022/plan#s3", "2023/plan#s3"], links.Select(l => l.Key).Order(StringComparer.Ordinal));
        Assert.True(links[0].Similarity >= links[1].Similarity);
        Assert.All(links, l => Assert.InRange(l.Similarity, RelatedSections.MinimumSimilarity, 1));
        Assert.Equal(["2023/plan#s5"], related["2024/plan#s4"].Select(l => l.Key));
    }

    [Fact]
    public void Never_links_to_the_same_or_a_later_year()
    {
        var related = RelatedSections.Compute(Sample);

        Assert.Empty(related["2022/plan#s3"]);
        foreach (var section in Sample)
        {
            Assert.All(related[section.Key], l => Assert.True(l.Year < section.Year));
        }
    }

    [Fact]
    public void Does_not_link_sections_without_a_shared_topic_or_with_unrelated_text()
    {
        var related = RelatedSections.Compute(Sample);

        Assert.Empty(related["2024/plan#s9"]);
        Assert.Empty(related["2023/plan#s7"]);
        var retagged = Sample.Select(s => s.Key == "2023/plan#s3" ? s with { Topics = ["finance"] } : s).ToArray();
        Assert.DoesNotContain(RelatedSections.Compute(retagged)["2024/plan#s2"], l => l.Key == "2023/plan#s3");
    }

    [Fact]
    public void Gives_the_same_answer_whatever_the_input_order()
    {
        var forward = RelatedSections.Compute(Sample);
        var backward = RelatedSections.Compute(Sample.Reverse().ToArray());

        Assert.Equal(forward.Keys, backward.Keys);
        Assert.Equal(Sample.Select(s => s.Key).Order(StringComparer.Ordinal), forward.Keys);
        foreach (var key in forward.Keys)
        {
            Assert.Equal(forward[key], backward[key]);
        }
    }

    [Fact]
    public void Keeps_at_most_the_requested_number_ranked_by_similarity_then_key()
    {
        var text = Sample[0].Text;
        var copies = Enumerable.Range(0, 6)
            .Select(i => new SectionRef($"2020/copy-{5 - i}#s1", 2020, Bureau, ["compulsory"], text))
            .Append(new SectionRef("2021/plan#s1", 2021, Bureau, ["compulsory"], text))
            .ToArray();

        var links = RelatedSections.Compute(copies)["2021/plan#s1"];

        Assert.Equal(["2020/copy-0#s1", "2020/copy-1#s1", "2020/copy-2#s1"], links.Select(l => l.Key));
        Assert.All(links, l => Assert.Equal(1.0, l.Similarity));
    }

    [Fact]
    public void Finds_a_reworded_section_among_thousands_through_hashing()
    {
        const string pool = "教育学校教师学生课程资源建设推进落实完善健全机制体系质量水平提升改善条件保障服务管理评价改革发展创新融合实践活动安全健康文化特色示范引领区域城乡均衡优质公平普惠职业高中幼儿园特殊信息数字智慧平台培训队伍师德专业能力";
        var random = new Random(20241123);
        string Text() => new(Enumerable.Range(0, 80).Select(_ => pool[random.Next(pool.Length)]).ToArray());
        var sections = Enumerable.Range(0, RelatedSections.ExactUpTo + 500)
            .Select(i => new SectionRef($"p{i:D5}#s1", 2010 + i % 15, Bureau, ["compulsory"], Text()))
            .ToList();
        var original = sections[7];
        var reworded = original.Text[..70] + "新增学位九百个";
        sections.Add(new SectionRef("later#s1", 2030, Bureau, ["compulsory"], reworded));

        var related = RelatedSections.Compute(sections);

        Assert.Equal(original.Key, related["later#s1"][0].Key);
        Assert.DoesNotContain(related[original.Key], l => l.Year >= original.Year);
        Assert.True(related.Values.Sum(v => v.Count) < 10, "unrelated random texts are not linked");
    }

    [Fact]
    public void Rejects_duplicate_keys()
    {
        Assert.Throws<ArgumentException>(() => RelatedSections.Compute([Sample[0], Sample[0]]));
    }
}
