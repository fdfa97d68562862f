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
    public void Text_that_only_whole_string_normalisation_folds_is_indexed_as_its_folded_form()
    {
        // ①, ㎡ and … fold to more than one char: such text takes the index's slow path, the rest its per-char buffer.
        const string Text = "建成①号教学楼，面积1200㎡……力争年底前投入使用。";
        var raw = SearchTestSite.Units().Append(SearchTestSite.Unit("e", 2024, "s1", "一、校舍建设……", Text)).ToList();
        var folded = SearchTestSite.Units().Append(SearchTestSite.Unit("e", 2024, "s1", SearchFolding.Fold("一、校舍建设……"), SearchFolding.Fold(Text))).ToList();
        static IEnumerable<(string, byte[])> Postings(IReadOnlyList<SearchFile> files) =>
            files.Where(f => f.Path.StartsWith("search/post/", StringComparison.Ordinal) || f.Path.StartsWith("search/dict/", StringComparison.Ordinal))
                .Select(f => (f.Path, f.Bytes));

        var (rawFiles, reader) = SearchTestSite.Build(raw);
        var (foldedFiles, _) = SearchTestSite.Build(folded);

        Assert.Equal(SearchFolding.Fold(Text).Length, SearchFolding.FoldedLength(Text));
        Assert.NotEqual(Text.Length, SearchFolding.FoldedLength(Text));
        Assert.Equal(Postings(foldedFiles), Postings(rawFiles));
        Assert.Equal("plans/2024/e/", Assert.Single(reader.Search(new SearchQuery("1号教学楼")).Plans).Url);
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
        var reads = reader.Search(new SearchQuery("经费保障")).Reads;
        Assert.All(reads, p => Assert.Contains(files, f => f.Path == p));
        Assert.InRange(reads.Count(p => p.StartsWith("search/dict/", StringComparison.Ordinal)), 1, 3);
    }

    [Fact]
    public void Manifest_names_facets_in_site_order_and_the_fold_file_holds_only_needed_pairs()
    {
        var (files, _) = SearchTestSite.Build();
        using var manifest = JsonDocument.Parse(files.Single(f => f.Path == SearchFormat.ManifestPath).Bytes);
        Assert.Equal([2024, 2023, 2022], manifest.RootElement.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Contains(manifest.RootElement.GetProperty("topics").EnumerateArray(), t => t[0].GetString() == "preschool" && t[1].GetString() == "学前教育");
        // Facets keep site.yml's order (here: preschool, vocational, finance), not the keys' alphabetical order.
        Assert.Equal(["preschool", "vocational", "finance"], manifest.RootElement.GetProperty("topics").EnumerateArray().Select(t => t[0].GetString()));
        Assert.Equal(["plan", "summary"], manifest.RootElement.GetProperty("kinds").EnumerateArray().Select(t => t[0].GetString()));
        var fold = System.Text.Encoding.UTF8.GetString(SearchFormat.Inflate(files.Single(f => f.Path == SearchFormat.FoldPath).Bytes));
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

    [Fact]
    public void Facet_counts_and_filtered_lists_of_very_common_terms_are_exact()
    {
        // 课后服务 is in 3,200 plans: more than the tier threshold, so the first answer reads only its best postings.
        var units = Enumerable.Range(0, 4800)
            .Select(i => SearchTestSite.Unit($"p{i:D4}", 2000 + (i % 20), null, "标题", i % 3 == 0 ? "全面加强教学工作" : "做好课后服务工作", i % 2 == 0 ? "plan" : "summary"))
            .ToArray();
        Assert.True(units.Count(Holds) > SearchFormat.TierThreshold);
        var (_, reader) = SearchTestSite.Build(units);

        var first = reader.Search(new SearchQuery("课后服务", PlanLimit: 1));
        Assert.True(first.Approximate);
        Assert.True(first.TotalPlans < units.Count(Holds));

        // What the page reads once the best results are drawn: every posting, so every count is exact.
        var all = reader.Search(new SearchQuery("课后服务", Exact: true, PlanLimit: 1));
        Assert.False(all.Approximate);
        Assert.Equal(units.Count(Holds), all.TotalPlans);
        Assert.Equal(20, all.Years.Count);
        foreach (var year in all.Years)
        {
            Assert.Equal(units.Count(u => Holds(u) && u.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == year.Value), year.Count);
        }

        Assert.Equal(units.Count(u => Holds(u) && u.Kind == "summary"), all.Kinds.Single(k => k.Value == "summary").Count);

        // A chosen facet lists every matching plan of it, not only those among the best postings.
        var filtered = reader.Search(new SearchQuery("课后服务", Year: 2003, PlanLimit: 1000));
        Assert.Equal(units.Count(u => Holds(u) && u.Year == 2003), filtered.TotalPlans);
        Assert.Equal(filtered.TotalPlans, filtered.Plans.Count);
        Assert.All(filtered.Plans, p => Assert.Equal(2003, p.Year));

        static bool Holds(SearchUnit u) => u.Text.Contains("课后服务", StringComparison.Ordinal);
    }
    [Fact]
    public void Terms_in_different_sections_find_the_plan_after_plans_holding_them_in_one_section()
    {
        var units = new[]
        {
            SearchTestSite.Unit("spread", 2024, null, "工作计划", "全年工作安排。"),
            SearchTestSite.Unit("spread", 2024, "s1", "一、托班建设", "开设托班10个。"),
            SearchTestSite.Unit("spread", 2024, "s2", "二、智慧校园", "建成智慧校园5所。"),
            SearchTestSite.Unit("together", 2022, "s1", "一、重点工作", "托班与智慧校园同步建设。"),
            SearchTestSite.Unit("neither", 2024, "s1", "一、托班建设", "开设托班。"),
        };
        var (_, reader) = SearchTestSite.Build(units);
        var plans = reader.Search(new SearchQuery("托班 智慧校园")).Plans;
        Assert.Equal(["plans/2022/together/", "plans/2024/spread/"], plans.Select(p => p.Url));
        Assert.True(plans[0].Full);
        Assert.False(plans[1].Full);
        // The spread plan is shown with both sections that hold a term.
        Assert.Equal(["s1", "s2"], plans[1].Sections.Select(s => s.Anchor).Order());
    }

    [Fact]
    public void A_term_only_in_the_metadata_finds_the_plan_and_says_which_field_holds_it()
    {
        var units = new[]
        {
            SearchTestSite.Unit("a", 2024, null, "工作计划", "全年工作安排。") with { Bureau = "含山县教育局" },
            SearchTestSite.Unit("a", 2024, "s1", "一、学前教育", "普及学前教育。") with { Bureau = "含山县教育局" },
            SearchTestSite.Unit("b", 2024, "s1", "一、学前教育", "普及学前教育。"),
        };
        var (_, reader) = SearchTestSite.Build(units);
        var plan = Assert.Single(reader.Search(new SearchQuery("含山 学前教育")).Plans);
        Assert.Equal("plans/2024/a/", plan.Url);
        Assert.Equal("s1", plan.Sections[0].Anchor);
        var note = Assert.Single(plan.Notes);
        Assert.Equal("含山", note.Part);
        Assert.Equal(["bureau"], note.Fields);

        // The year as 2024 or 2024年, the kind name and topic names are metadata too.
        Assert.Equal(2, reader.Search(new SearchQuery("学前教育 2024年")).TotalPlans);
        Assert.Equal(2, reader.Search(new SearchQuery("2024 工作计划 学前教育")).TotalPlans);
        Assert.Empty(reader.Search(new SearchQuery("学前教育 2023")).Plans);
    }

    [Fact]
    public void Document_numbers_match_with_any_brackets_with_or_without_their_number_sign_and_by_agency_prefix()
    {
        var units = new[]
        {
            SearchTestSite.Unit("cites", 2024, null, "工作计划", "根据云教〔2024〕15号文件精神，认真落实。"),
            SearchTestSite.Unit("owner", 2023, null, "工作计划", "全年工作安排。") with { DocNo = "云教〔2024〕15号", IndexNo = "11530426MB1D93741K/2024-00015" },
            SearchTestSite.Unit("other", 2022, null, "工作计划", "全年工作安排。") with { DocNo = "云教〔2024〕16号" },
        };
        var (_, reader) = SearchTestSite.Build(units);
        foreach (var query in new[] { "云教〔2024〕15号", "云教[2024]15号", "云教【2024】15号", "云教［2024］15号", "云教(2024)15", "〔2024〕15号" })
        {
            var plans = reader.Search(new SearchQuery(query)).Plans;
            // The plan whose 文号 it is comes first, above a newer plan that only cites it.
            Assert.Equal(["plans/2023/owner/", "plans/2024/cites/"], plans.Select(p => p.Url));
            Assert.Equal("doc", Assert.Single(Assert.Single(plans[0].Notes).Fields));
        }

        Assert.Equal("plans/2023/owner/", reader.Search(new SearchQuery("15号")).Plans[0].Url);
        Assert.Equal("plans/2023/owner/", Assert.Single(reader.Search(new SearchQuery("11530426MB1D93741K/2024-00015")).Plans).Url);
        Assert.Equal(3, reader.Search(new SearchQuery("云教")).TotalPlans);
        Assert.Empty(reader.Search(new SearchQuery("云教〔2024〕17号")).Plans);
    }
}
