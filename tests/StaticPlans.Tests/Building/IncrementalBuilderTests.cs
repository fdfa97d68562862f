using System.Text;
using StaticPlans.Building;
using StaticPlans.Model;
using StaticPlans.Output;
using StaticPlans.Rendering.Pages;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Building;

public class IncrementalBuilderTests
{
    // Twelve 2024 plans p01…p12 dated 2024-03-01…12 (so p12 is newest) and one 2023 plan, two per listing page:
    // the 2024 year and the preschool topic list p12…p01 on six pages, vocational (even plans up to p10) on three.
    // The home page shows the latest ten, so p01 and p02 are not on it. No plan mentions money (money charts) and
    // the 2023 plan shares no topic with 2024 (cross-year links): insights, refreshed in the background by serve, are
    // then the same before and after an edit, and every page can be compared with a full rebuild.
    private static readonly string[] Names = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸", "子", "丑"];

    private static TestSite Site()
    {
        var site = new TestSite(TestSite.DefaultSiteYml + "\npage_size: 2\n");
        for (var i = 1; i <= 12; i++) WritePlan(site, i);
        site.Plan(2023, "old", "title: 旧计划\nyear: 2023\nkind: plan\ndate: 2023-03-01", "## 一、校园安全\n旧文。\n");
        return site;
    }

    private static void WritePlan(TestSite site, int i, string? title = null, string date = "", string kind = "plan", string extra = "",
        bool vocational = true, string frontMatter = "")
    {
        var name = Names[i - 1];
        var topics = vocational && i % 2 == 0 && i <= 10 ? "发展中职。" : "";
        site.Plan(2024, $"p{i:00}", $"title: {title ?? "计划" + name}\nyear: 2024\nkind: {kind}\ndate: {(date.Length > 0 ? date : $"2024-03-{i:00}")}\n{frontMatter}",
            $"## 一、学前教育\n{name}篇正文，发展学前教育。{topics}\n{extra}");
    }

    private static IncrementalBuilder Built(TestSite site)
    {
        var incremental = new IncrementalBuilder(new SiteOptions(site.Root));
        Assert.True(incremental.Full().Succeeded);
        return incremental;
    }

    private static BuildResult Update(IncrementalBuilder incremental, params string[] plans)
    {
        var update = incremental.TryUpdate(plans.Select(p => $"content/plans/2024/{p}.md").ToList());
        Assert.NotNull(update);
        Assert.True(update.Succeeded, string.Join("\n", update.Diagnostics));
        return update;
    }

    private static SortedSet<string> Rendered(BuildResult update) => new(update.Files.Select(f => f.Path), StringComparer.Ordinal);

    /// <summary>Every page and feed served after the edit is what a full rebuild makes, and no page is left over.</summary>
    private static void AssertSameAsFullRebuild(TestSite site, IncrementalBuilder incremental)
    {
        static bool Page(string path) => path.EndsWith(".html", StringComparison.Ordinal) || path.EndsWith(".xml", StringComparison.Ordinal);
        var full = SiteBuilder.Generate(new SiteOptions(site.Root)).Result.Files.Where(f => Page(f.Path))
            .ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Bytes));
        var served = incremental.Files.Where(f => Page(f.Key)).ToDictionary(f => f.Key, f => Encoding.UTF8.GetString(f.Value));
        Assert.Equal(full.Keys.Order(StringComparer.Ordinal), served.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, text) in full) Assert.True(text == served[path], $"{path} differs from a full rebuild");
    }

    /// <summary>One edit of one plan, by name; returns the plan edited.</summary>
    private static string Edit(TestSite site, string edit)
    {
        switch (edit)
        {
            case "new text": WritePlan(site, 2, extra: "\n新增一段关于学前教育的文字。\n"); return "p02";
            case "a new title": WritePlan(site, 7, title: "改过题目的计划"); return "p07";
            case "a new title of the newest plan": WritePlan(site, 12, title: "最新计划改名"); return "p12";
            case "a later date": WritePlan(site, 3, date: "2024-03-08"); return "p03";
            case "an earlier date": WritePlan(site, 11, date: "2024-02-01"); return "p11";
            case "the newest date": WritePlan(site, 5, date: "2024-03-20"); return "p05";
            case "a revision date": WritePlan(site, 6, frontMatter: "updated: 2024-06-01"); return "p06";
            case "a topic gained": WritePlan(site, 3, extra: "\n推进职业教育。\n"); return "p03";
            case "a topic lost": WritePlan(site, 2, vocational: false); return "p02";
            case "a new kind": WritePlan(site, 5, kind: "key-points"); return "p05";
            default: throw new ArgumentException(edit, nameof(edit));
        }
    }

    /// <summary>The files of the registry's pages of <paramref name="site"/>, but those left to serve's background rebuild.</summary>
    private static HashSet<string> PageFiles(Site site) => PageKinds.All.Where(kind => !kind.LeftToFullRebuild)
        .SelectMany(kind => kind.Jobs(site)).SelectMany(job => job.Paths(site)).Select(UrlBuilder.FileFor).ToHashSet(StringComparer.Ordinal);

    private static GeneratedSite Generate(TestSite site)
    {
        var build = SiteBuilder.Generate(new SiteOptions(site.Root));
        Assert.True(build.Result.Succeeded, string.Join("\n", build.Result.Diagnostics));
        return build;
    }

    [Theory]
    [InlineData("new text")]
    [InlineData("a new title")]
    [InlineData("a new title of the newest plan")]
    [InlineData("a later date")]
    [InlineData("an earlier date")]
    [InlineData("the newest date")]
    [InlineData("a revision date")]
    [InlineData("a topic gained")]
    [InlineData("a topic lost")]
    [InlineData("a new kind")]
    public void The_pages_an_edit_renders_again_over_the_old_site_are_byte_for_byte_a_full_build_of_the_edited_site(string edit)
    {
        using var site = Site();
        var incremental = Built(site);
        var pagesBefore = PageFiles(Generate(site).Prepared!.Site);

        var update = Update(incremental, Edit(site, edit));
        var full = Generate(site);

        var pages = PageFiles(full.Prepared!.Site);
        var built = full.Result.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
        Assert.Equal(pages.Order(StringComparer.Ordinal), incremental.Files.Keys.Where(p => pages.Contains(p) || pagesBefore.Contains(p)).Order(StringComparer.Ordinal));
        foreach (var page in pages) Assert.True(built[page].AsSpan().SequenceEqual(incremental.Files[page]), $"{page} differs from a full build after {edit}");
        Assert.True(update.Files.Count < pages.Count, "an edit renders a few pages, not the whole site");
    }

    [Fact]
    public void A_text_edit_renders_only_the_plan_its_listing_pages_and_its_feeds()
    {
        using var site = Site();
        var incremental = Built(site);

        WritePlan(site, 2, extra: "\n新增一段关于学前教育的文字。\n");
        var update = Update(incremental, "p02");

        // Its link (title, date, summary…) did not change: not its neighbours, nor its year page, nor the home page.
        Assert.Equal(
            ["feed.xml", "plans/2024/p02/index.html", "topics/preschool/feed.xml", "topics/preschool/page/6/index.html",
             "topics/vocational/feed.xml", "topics/vocational/page/3/index.html"],
            Rendered(update));
        Assert.Contains("新增一段", Encoding.UTF8.GetString(incremental.Files["topics/preschool/page/6/index.html"]));
        AssertSameAsFullRebuild(site, incremental);
    }

    [Fact]
    public void A_text_edit_of_a_section_about_one_topic_leaves_the_pages_of_its_other_topics_alone()
    {
        using var site = Site();
        WritePlan(site, 4, extra: "\n## 二、校园安全\n加强校园安全。\n");
        var incremental = Built(site);

        WritePlan(site, 4, extra: "\n## 二、校园安全\n加强校园安全，开展防溺水教育。\n");
        var update = Update(incremental, "p04");

        var rendered = Rendered(update);
        Assert.Contains("topics/safety/index.html", rendered);
        Assert.DoesNotContain(rendered, path => path.StartsWith("topics/preschool/", StringComparison.Ordinal) && path.EndsWith(".html", StringComparison.Ordinal));
        Assert.DoesNotContain(rendered, path => path.StartsWith("topics/vocational/", StringComparison.Ordinal) && path.EndsWith(".html", StringComparison.Ordinal));
        Assert.Contains("开展防溺水教育", Encoding.UTF8.GetString(incremental.Files["topics/safety/index.html"]));
        AssertSameAsFullRebuild(site, incremental);
    }

    [Fact]
    public void A_new_title_also_renders_its_neighbours_its_year_page_and_the_home_page_it_is_on()
    {
        using var site = Site();
        var incremental = Built(site);

        WritePlan(site, 7, title: "改过题目的计划");
        var rendered = Rendered(Update(incremental, "p07"));

        Assert.Contains("plans/2024/p06/index.html", rendered);
        Assert.Contains("plans/2024/p08/index.html", rendered);
        Assert.Contains("years/2024/page/3/index.html", rendered);
        Assert.Contains("index.html", rendered);
        Assert.DoesNotContain("years/2024/index.html", rendered);
        Assert.DoesNotContain("sitemap.xml", rendered);
        AssertSameAsFullRebuild(site, incremental);
    }

    [Fact]
    public void A_new_date_renders_the_listing_pages_from_its_old_place_to_its_new_one()
    {
        using var site = Site();
        var incremental = Built(site);

        // p03 moves from the fifth page to second place: every plan in between shifts by one.
        WritePlan(site, 3, date: "2024-03-11");
        var rendered = Rendered(Update(incremental, "p03"));

        foreach (var page in new[] { "", "page/2/", "page/3/", "page/4/", "page/5/" })
        {
            Assert.Contains($"years/2024/{page}index.html", rendered);
            Assert.Contains($"topics/preschool/{page}index.html", rendered);
        }
        Assert.DoesNotContain("years/2024/page/6/index.html", rendered);
        Assert.DoesNotContain("topics/preschool/page/6/index.html", rendered);
        // Old and new neighbours: p02 and p04 before, p11 and p12 after.
        foreach (var neighbour in new[] { "p02", "p04", "p11", "p12" }) Assert.Contains($"plans/2024/{neighbour}/index.html", rendered);
        Assert.Contains("sitemap.xml", rendered);
        AssertSameAsFullRebuild(site, incremental);
    }

    [Fact]
    public void A_new_date_that_makes_it_the_newest_renders_its_listings_whole()
    {
        using var site = Site();
        var incremental = Built(site);

        // Every page of a listing carries its newest plan's date.
        WritePlan(site, 5, date: "2024-03-20");
        var rendered = Rendered(Update(incremental, "p05"));

        Assert.Contains("years/2024/page/6/index.html", rendered);
        Assert.Contains("topics/preschool/page/6/index.html", rendered);
        Assert.Contains("years/index.html", rendered);
        AssertSameAsFullRebuild(site, incremental);
    }

    [Fact]
    public void A_text_edit_of_the_newest_plan_renders_only_the_first_listing_pages()
    {
        using var site = Site();
        var incremental = Built(site);

        WritePlan(site, 12, extra: "\n新增一段关于学前教育的文字。\n");
        var rendered = Rendered(Update(incremental, "p12"));

        Assert.Contains("topics/preschool/index.html", rendered);
        Assert.DoesNotContain("topics/preschool/page/2/index.html", rendered);
        AssertSameAsFullRebuild(site, incremental);
    }

    [Fact]
    public void A_new_kind_renders_its_year_listing_whole_for_the_kind_counts()
    {
        using var site = Site();
        var incremental = Built(site);

        WritePlan(site, 5, kind: "key-points");
        var rendered = Rendered(Update(incremental, "p05"));

        Assert.Contains("years/2024/index.html", rendered);
        Assert.Contains("years/2024/page/6/index.html", rendered);
        AssertSameAsFullRebuild(site, incremental);
    }

    [Fact]
    public void A_plan_that_joins_a_topic_renders_that_topic_whole_and_the_pages_counting_topics()
    {
        using var site = Site();
        var incremental = Built(site);

        WritePlan(site, 3, extra: "\n推进职业教育。\n");
        var rendered = Rendered(Update(incremental, "p03"));

        foreach (var page in new[] { "", "page/2/", "page/3/" }) Assert.Contains($"topics/vocational/{page}index.html", rendered);
        Assert.Contains("topics/preschool/page/5/index.html", rendered);
        Assert.DoesNotContain("topics/preschool/index.html", rendered);
        foreach (var counts in new[] { "index.html", "topics/index.html", "search/index.html", "404.html", "sitemap.xml" })
            Assert.Contains(counts, rendered);
        AssertSameAsFullRebuild(site, incremental);
    }

    [Fact]
    public void A_plan_that_changes_kind_moves_between_the_kind_pages_and_an_emptied_kind_page_goes()
    {
        using var site = Site();
        // Key points, not a summary: a summary's counterparts (left to serve's background rebuild) would change too.
        WritePlan(site, 5, kind: "key-points");
        var incremental = Built(site);
        Assert.True(incremental.Files.ContainsKey("kinds/key-points/index.html"));

        WritePlan(site, 5, kind: "plan");
        var rendered = Rendered(Update(incremental, "p05"));

        Assert.Contains("kinds/plan/index.html", rendered);
        Assert.False(incremental.Files.ContainsKey("kinds/key-points/index.html"), "a kind without plans has no page");
        AssertSameAsFullRebuild(site, incremental);
    }

    [Fact]
    public void A_plan_that_leaves_a_topic_takes_the_emptied_listing_page_with_it()
    {
        using var site = Site();
        var incremental = Built(site);
        Assert.True(incremental.Files.ContainsKey("topics/vocational/page/3/index.html"));

        WritePlan(site, 2, vocational: false);
        var rendered = Rendered(Update(incremental, "p02"));

        Assert.Contains("topics/vocational/page/2/index.html", rendered);
        Assert.False(incremental.Files.ContainsKey("topics/vocational/page/3/index.html"));
        AssertSameAsFullRebuild(site, incremental);
    }

    [Fact]
    public void Several_edits_at_once_are_applied_together()
    {
        using var site = Site();
        var incremental = Built(site);

        WritePlan(site, 1, date: "2024-03-12");
        WritePlan(site, 12, title: "最新计划改名", extra: "\n推进职业教育。\n");
        Update(incremental, "p01", "p12");

        AssertSameAsFullRebuild(site, incremental);
    }

    [Fact]
    public void Successive_edits_build_on_each_other()
    {
        using var site = Site();
        var incremental = Built(site);

        WritePlan(site, 4, date: "2024-03-09");
        Update(incremental, "p04");
        WritePlan(site, 4, date: "2024-03-09", vocational: false, title: "第二次修改");
        Update(incremental, "p04");

        AssertSameAsFullRebuild(site, incremental);
    }

    [Fact]
    public void A_save_through_an_editors_temporary_files_is_applied_as_an_edit_of_the_plan()
    {
        using var site = Site();
        var incremental = Built(site);

        // gedit writes .goutputstream-* and renames it over the plan; vim makes a 4913 probe and a p02.md~ backup:
        // all gone by the time the burst is applied.
        WritePlan(site, 2, extra: "\n新增一段关于学前教育的文字。\n");
        var update = incremental.TryUpdate(["content/plans/2024/.goutputstream-X1Y2Z3", "content/plans/2024/4913",
            "content/plans/2024/p02.md~", "content/plans/2024/p02.md"]);

        Assert.NotNull(update);
        Assert.Contains("plans/2024/p02/index.html", Rendered(update));
        AssertSameAsFullRebuild(site, incremental);
    }

    [Fact]
    public void A_deleted_attachment_or_a_file_left_in_a_plans_folder_asks_for_a_full_rebuild()
    {
        using var site = Site();
        site.Write("content/plans/2024/附件一.pdf", "%PDF-1.4\n");
        WritePlan(site, 2, frontMatter: "attachments: [附件一.pdf]\n");
        site.Write("content/plans/2024/说明.txt", "说明\n");
        var incremental = Built(site);

        File.Delete(Path.Combine(site.Root, "content/plans/2024/附件一.pdf"));
        Assert.Null(incremental.TryUpdate(["content/plans/2024/附件一.pdf"]));
        Assert.Null(incremental.TryUpdate(["content/plans/2024/说明.txt"]));
    }

    [Theory]
    [InlineData("site.yml")]
    [InlineData("content/plans/2024/new.md")]
    [InlineData("layouts/plan.html")]
    public void Changes_beyond_existing_plans_ask_for_a_full_rebuild(string path)
    {
        using var site = Site();
        var incremental = Built(site);
        site.Write(path, path.EndsWith(".md") ? "---\ntitle: 新\nyear: 2024\nkind: plan\ndate: 2024-05-01\n---\n正文\n" : "x: 1\n");

        Assert.Null(incremental.TryUpdate([path]));
    }

    [Fact]
    public void A_plan_moved_to_another_year_asks_for_a_full_rebuild()
    {
        using var site = Site();
        var incremental = Built(site);
        site.Plan(2024, "p05", "title: 计划戊\nyear: 2023\nkind: plan\ndate: 2023-05-01", "## 一、学前教育\n正文。\n");

        Assert.Null(incremental.TryUpdate(["content/plans/2024/p05.md"]));
    }

    [Fact]
    public void An_edit_with_an_error_reports_it_and_keeps_the_last_good_pages()
    {
        using var site = Site();
        var incremental = Built(site);
        var before = incremental.Files["plans/2024/p03/index.html"];
        site.Plan(2024, "p03", "title: 计划3\nyear: 二〇二四\nkind: plan\ndate: 2024-03-03", "正文\n");

        var update = incremental.TryUpdate(["content/plans/2024/p03.md"])!;

        Assert.False(update.Succeeded);
        Assert.Contains(update.Diagnostics, d => d.File == "content/plans/2024/p03.md" && d.Line == 3);
        Assert.Same(before, incremental.Files["plans/2024/p03/index.html"]);
    }

    [Fact]
    public void A_failed_full_rebuild_keeps_the_last_good_pages_and_rebuilds_in_full_on_the_next_change()
    {
        using var site = Site();
        var incremental = Built(site);
        site.Write("site.yml", "title: [broken\n");
        Assert.False(incremental.Full().Succeeded);
        Assert.True(incremental.Files.ContainsKey("plans/2024/p03/index.html"));

        // Applying this edit to the old configuration would hide the broken site.yml.
        WritePlan(site, 3, extra: "\n又一段。\n");
        Assert.Null(incremental.TryUpdate(["content/plans/2024/p03.md"]));
    }

    [Fact]
    public async Task A_plan_replaced_by_a_fifo_while_serving_is_an_error_naming_it_not_a_hang()
    {
        using var site = Site();
        var incremental = Built(site);
        var path = Path.Combine(site.Root, "content/plans/2024/p03.md");
        File.Delete(path);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path])) mkfifo.WaitForExit();

        var update = await Task.Run(() => incremental.TryUpdate(["content/plans/2024/p03.md"])).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.NotNull(update);
        var d = Assert.Single(update.Diagnostics);
        Assert.Equal(("content/plans/2024/p03.md", StaticPlans.Diagnostics.DiagnosticCodes.InputNotRegular), (d.File, d.Code));
    }
}
