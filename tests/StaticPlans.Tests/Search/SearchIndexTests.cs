using System.Text.Json;
using StaticPlans.Search;

namespace StaticPlans.Tests.Search;

public class SearchIndexTests
{
    [Fact]
    public void A_query_finds_the_section_and_links_to_its_anchor()
    {
        var (_, reader) = SearchTestSite.Build();
        var results = reader.Search(new SearchQuery("经费保障"));
        var plan = Assert.Single(results.Plans);
        Assert.Equal("plans/2024/a/", plan.Url);
        Assert.Equal("s2", plan.Sections[0].Anchor);
        Assert.Equal("二、经费保障", plan.Sections[0].Heading);
    }

    [Fact]
    public void Exact_phrase_ranks_above_the_same_characters_apart()
    {
        var (_, reader) = SearchTestSite.Build();
        var results = reader.Search(new SearchQuery("学前教育"));
        var urls = results.Plans.Select(p => p.Url).ToList();
        Assert.Contains("plans/2024/a/", urls);
        Assert.Contains("plans/2022/c/", urls);
        // b and d hold 学前 and 前教 ("目前教师", "目前教学") but never 学前教育.
        Assert.All(results.Plans.Take(2), p => Assert.True(p.Sections[0].PhraseHits > 0));
        Assert.All(results.Plans.Skip(2), p => Assert.Equal(0, p.Sections[0].PhraseHits));
    }

    [Fact]
    public void Sections_of_a_plan_are_grouped_best_first()
    {
        var (_, reader) = SearchTestSite.Build();
        var plan = reader.Search(new SearchQuery("学前教育")).Plans.Single(p => p.Url == "plans/2024/a/");
        Assert.Equal(["s1", null], plan.Sections.Select(s => s.Anchor));
    }

    [Fact]
    public void Traditional_and_simplified_find_each_other()
    {
        var (_, reader) = SearchTestSite.Build();
        Assert.Contains(reader.Search(new SearchQuery("學前教育")).Plans, p => p.Url == "plans/2024/a/");
        Assert.Contains(reader.Search(new SearchQuery("推进学前教育发展")).Plans, p => p.Url == "plans/2022/c/");
    }

    [Fact]
    public void Numbers_with_units_and_decimals_are_found()
    {
        var (_, reader) = SearchTestSite.Build();
        Assert.Equal("s2", reader.Search(new SearchQuery("3750万元")).Plans.Single().Sections[0].Anchor);
        Assert.Equal("s1", reader.Search(new SearchQuery("98.75%")).Plans.Single().Sections[0].Anchor);
        Assert.Empty(reader.Search(new SearchQuery("3751万元")).Plans);
    }

    [Fact]
    public void Space_separated_terms_must_all_match()
    {
        var (_, reader) = SearchTestSite.Build();
        Assert.Equal("plans/2023/b/", Assert.Single(reader.Search(new SearchQuery("产教融合 招生")).Plans).Url);
        Assert.Empty(reader.Search(new SearchQuery("产教融合 幼儿园")).Plans);
    }

    [Fact]
    public void One_character_queries_match()
    {
        var (_, reader) = SearchTestSite.Build();
        Assert.Equal("plans/2024/a/", Assert.Single(reader.Search(new SearchQuery("园")).Plans).Url);
    }

    [Fact]
    public void Facets_filter_and_count_plans()
    {
        var (_, reader) = SearchTestSite.Build();
        var all = reader.Search(new SearchQuery("学前"));
        Assert.Equal(4, all.TotalPlans);
        Assert.Equal(2, all.Years.Single(y => y.Value == "2024").Count);
        Assert.Equal(2, all.Topics.Single(t => t.Value == "preschool").Count);

        var filtered = reader.Search(new SearchQuery("学前", Year: 2024));
        Assert.Equal(2, filtered.TotalPlans);
        Assert.All(filtered.Plans, p => Assert.Equal(2024, p.Year));
        // A facet's own counts ignore its own filter, so other years stay selectable.
        Assert.Equal(all.Years, filtered.Years);
        Assert.Equal("工作总结", reader.Search(new SearchQuery("学前", Kind: "summary")).Kinds.Single(k => k.Value == "summary").Name);
        Assert.Equal("plans/2022/c/", Assert.Single(reader.Search(new SearchQuery("学前", Topic: "preschool", Year: 2022)).Plans).Url);
    }

    [Fact]
    public void Newer_years_win_ties()
    {
        var units = new[]
        {
            SearchTestSite.Unit("old", 2020, null, "标题", "课后服务"),
            SearchTestSite.Unit("new", 2025, null, "标题", "课后服务"),
            SearchTestSite.Unit("mid", 2022, null, "标题", "课后服务"),
        };
        var (_, reader) = SearchTestSite.Build(units);
        Assert.Equal([2025, 2022, 2020], reader.Search(new SearchQuery("课后服务")).Plans.Select(p => p.Year));
    }

    [Fact]
    public void Headings_weigh_more_than_body_text()
    {
        var units = new[]
        {
            SearchTestSite.Unit("body", 2024, "s1", "一、其他工作", "做好课后服务。"),
            SearchTestSite.Unit("head", 2024, "s1", "一、课后服务", "做好各项工作。"),
        };
        var (_, reader) = SearchTestSite.Build(units);
        Assert.Equal("plans/2024/head/", reader.Search(new SearchQuery("课后服务")).Plans[0].Url);
    }

    [Fact]
    public void Output_is_byte_identical_for_the_same_plans_in_any_order()
    {
        var first = SearchTestSite.Build().Files;
        var second = SearchTestSite.Build(SearchTestSite.Units().GroupBy(u => u.PlanUrl).Reverse().SelectMany(g => g).ToArray()).Files;
        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
    }

    [Fact]
    public void A_query_reads_only_its_terms_shards_and_the_texts_of_results()
    {
        var (files, reader) = SearchTestSite.Build();
        reader.Search(new SearchQuery("经费保障"));
        Assert.DoesNotContain(reader.FilesRead, p => p.StartsWith("search/dict/", StringComparison.Ordinal) && !files.Any(f => f.Path == p));
        Assert.True(reader.FilesRead.Count(p => p.StartsWith("search/dict/", StringComparison.Ordinal)) <= 3);
    }

    [Fact]
    public void Manifest_names_facets_and_the_fold_file_holds_only_needed_pairs()
    {
        var (files, _) = SearchTestSite.Build();
        using var manifest = JsonDocument.Parse(files.Single(f => f.Path == SearchFormat.ManifestPath).Bytes);
        Assert.Equal([2024, 2023, 2022], manifest.RootElement.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Contains(manifest.RootElement.GetProperty("topics").EnumerateArray(), t => t[0].GetString() == "preschool" && t[1].GetString() == "学前教育");
        string fold = System.Text.Encoding.UTF8.GetString(SearchFormat.Inflate(files.Single(f => f.Path == SearchFormat.FoldPath).Bytes));
        Assert.Contains("學学", fold);
        Assert.DoesNotContain("龍龙", fold);
    }

    [Fact]
    public void A_query_of_only_very_common_terms_reads_their_best_postings_and_says_so()
    {
        var units = Enumerable.Range(0, SearchFormat.TierThreshold + 100)
            .Select(i => SearchTestSite.Unit($"p{i:D4}", 2000 + (i % 20), null, "标题", i == 7 ? "教育工作要点教育工作" : "全面加强教育工作"))
            .ToArray();
        var (_, reader) = SearchTestSite.Build(units);
        var results = reader.Search(new SearchQuery("教育"));
        Assert.True(results.Approximate);
        Assert.InRange(results.TotalPlans, 10, SearchFormat.TopSize);
        // The unit where the term weighs most is among the best postings, and ranks first.
        Assert.Equal("plans/2007/p0007/", results.Plans[0].Url);

        var exact = reader.Search(new SearchQuery("工作要点"));
        Assert.False(exact.Approximate);
        Assert.Equal("plans/2007/p0007/", Assert.Single(exact.Plans).Url);
    }
}
