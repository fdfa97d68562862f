using StaticPlans.Building;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Building;

public class NoOpRebuildTests
{
    /// <summary>Changes one byte of <paramref name="page"/>, so its size stays; returns what it held.</summary>
    private static byte[] DefaceKeepingLength(string page)
    {
        var original = File.ReadAllBytes(page);
        var defaced = (byte[])original.Clone();
        defaced[^2] = (byte)(defaced[^2] == (byte)'x' ? 'y' : 'x');
        File.WriteAllBytes(page, defaced);
        return original;
    }

    /// <summary>The next build runs, and succeeds, and leaves a stamp the build after it trusts again.</summary>
    private static void AssertRebuiltThenUpToDate(TestSite site)
    {
        var again = site.Build();

        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics));
        Assert.False(again.UpToDate);
        Assert.True(site.Build().UpToDate);
    }

    private static TestSite Site() => new TestSite()
        .Plan(2024, "a", "title: 甲\nyear: 2024\nkind: plan\ndate: 2024-03-01", "## 一、学前教育\n旧文字。\n");

    [Fact]
    public void A_rebuild_with_nothing_changed_stops_early_and_leaves_the_site_as_it_was()
    {
        using var site = Site();
        Assert.False(site.Build().UpToDate);
        var before = File.GetLastWriteTimeUtc(Path.Combine(site.Output, "index.html"));

        var again = site.Build();

        Assert.True(again.UpToDate);
        Assert.True(again.Succeeded);
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void Editing_a_plan_a_template_or_site_yml_makes_the_next_build_run()
    {
        using var site = Site();
        site.Build();

        site.Plan(2024, "a", "title: 甲\nyear: 2024\nkind: plan\ndate: 2024-03-01", "## 一、学前教育\n新文字，长度也不同。\n");
        Assert.False(site.Build().UpToDate);
        Assert.Contains("新文字", site.ReadOutput("plans/2024/a/"));

        site.Write("layouts/partials/meta.html", "<meta name=\"SiteName\" content=\"{{ site.title }}\">\n");
        Assert.False(site.Build().UpToDate);

        Assert.True(site.Build().UpToDate);
        Assert.False(SiteBuilder.Build(new BuildOptions(site.Root, site.Output, Force: true)).UpToDate);
    }

    [Fact]
    public void A_page_deleted_from_the_output_makes_the_next_build_run_and_brings_it_back()
    {
        using var site = Site();
        site.Build();
        var page = Path.Combine(site.Output, "plans", "2024", "a", "index.html");
        File.Delete(page);

        var again = site.Build();

        Assert.False(again.UpToDate);
        Assert.True(File.Exists(page));
        Assert.True(site.Build().UpToDate);
    }

    [Fact]
    public void A_page_cut_short_or_a_file_added_in_the_output_makes_the_next_build_run()
    {
        using var site = Site();
        site.Build();
        var page = Path.Combine(site.Output, "plans", "2024", "a", "index.html");
        var original = File.ReadAllText(page);
        File.WriteAllText(page, "<p>defaced</p>");

        Assert.False(site.Build().UpToDate);
        Assert.Equal(original, File.ReadAllText(page));

        File.WriteAllText(Path.Combine(site.Output, "extra.html"), "<p>planted</p>");
        Assert.False(site.Build().UpToDate);
        Assert.False(File.Exists(Path.Combine(site.Output, "extra.html")));
    }

    [Fact]
    public void A_page_changed_by_hand_to_text_of_the_same_length_makes_the_next_build_run()
    {
        using var site = Site();
        site.Build();
        var page = Path.Combine(site.Output, "plans", "2024", "a", "index.html");
        var original = DefaceKeepingLength(page);

        Assert.False(site.Build().UpToDate);
        Assert.Equal(original, File.ReadAllBytes(page));
        Assert.True(site.Build().UpToDate);
    }

    [Fact]
    public void A_file_planted_in_a_plans_folder_or_a_page_replaced_by_a_folder_makes_the_next_build_run()
    {
        using var site = Site();
        site.Build();
        File.WriteAllText(Path.Combine(site.Output, "plans", "2024", "a", "planted.html"), "<p>planted</p>");

        Assert.False(site.Build().UpToDate);
        Assert.False(File.Exists(Path.Combine(site.Output, "plans", "2024", "a", "planted.html")));

        var page = Path.Combine(site.Output, "plans", "2024", "a", "index.html");
        File.Delete(page);
        Directory.CreateDirectory(page);
        Assert.False(site.Build().UpToDate);
        Assert.True(File.Exists(page));
    }

    [Fact]
    public void A_copy_of_an_output_that_was_changed_by_hand_is_built_again_rather_than_trusted()
    {
        using var site = Site();
        site.Build();
        var page = Path.Combine(site.Output, "plans", "2024", "a", "index.html");
        var original = DefaceKeepingLength(page);
        // Copied page by page after the stamp, as a backup restored onto the output would be: times differ, sizes do not.
        var copy = Path.Combine(site.Parent, "copy");
        Directory.CreateDirectory(copy);
        File.Copy(Path.Combine(site.Output, BuildFingerprint.StampFile), Path.Combine(copy, BuildFingerprint.StampFile));
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(site.Output, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!File.Exists(target)) File.Copy(file, target);
        }

        Assert.False(site.Build(copy).UpToDate);
        Assert.Equal(original, File.ReadAllBytes(Path.Combine(copy, "plans", "2024", "a", "index.html")));
    }

    [Fact]
    public void The_stamp_lists_the_output_so_that_a_rebuild_can_check_it_without_reading_every_folder()
    {
        using var site = Site();
        site.Build();

        var stamp = File.ReadAllLines(Path.Combine(site.Output, BuildFingerprint.StampFile));

        Assert.Contains("/plans/2024/a/", stamp);
        var page = new FileInfo(Path.Combine(site.Output, "plans", "2024", "a", "index.html"));
        Assert.Contains($"/plans/2024/a/index.html|{page.Length}", stamp);
        Assert.True(site.Build().UpToDate);
    }

    [Fact]
    public void A_static_file_changed_or_a_file_added_beside_the_plans_makes_the_next_build_run()
    {
        using var site = Site();
        site.Write("static/notice.txt", "一\n");
        site.Build();

        site.Write("static/notice.txt", "二\n");
        Assert.False(site.Build().UpToDate);
        Assert.Equal("二\n", File.ReadAllText(Path.Combine(site.Output, "notice.txt")));

        site.Write("content/plans/2024/附件.pdf", "%PDF-1.4\n");
        Assert.False(site.Build().UpToDate);
        Assert.True(site.Build().UpToDate);
    }

    [Theory]
    [InlineData("/../../etc/passwd|1")]
    [InlineData("no-slash")]
    [InlineData("/plans/2024/a/index.html|")]
    [InlineData("/plans//a/")]
    [InlineData("/plans/./x|1")]
    public void A_stamp_whose_list_was_edited_by_hand_makes_the_next_build_run_without_failing(string line)
    {
        using var site = Site();
        site.Build();
        var stamp = Path.Combine(site.Output, BuildFingerprint.StampFile);
        File.AppendAllText(stamp, line + "\n");

        AssertRebuiltThenUpToDate(site);
    }

    [Fact]
    public void A_plan_rewritten_to_text_of_the_same_length_makes_the_next_build_run()
    {
        using var site = Site();
        site.Build();
        var plan = Path.Combine(site.Root, "content", "plans", "2024", "a.md");
        var before = File.GetLastWriteTimeUtc(plan);
        File.WriteAllText(plan, File.ReadAllText(plan).Replace("旧文字", "新文字"));
        // The same size; a later modification time, as any save makes (set here: a fast test can save within one tick).
        File.SetLastWriteTimeUtc(plan, before.AddSeconds(2));

        Assert.False(site.Build().UpToDate);
        Assert.Contains("新文字", site.ReadOutput("plans/2024/a/"));
        Assert.True(site.Build().UpToDate);
    }

    [Fact]
    public void A_plan_added_or_removed_makes_the_next_build_run()
    {
        using var site = Site();
        site.Build();

        site.Plan(2023, "b", "title: 乙\nyear: 2023\nkind: plan\ndate: 2023-03-01", "## 一、学前教育\n文字。\n");
        Assert.False(site.Build().UpToDate);
        Assert.True(File.Exists(Path.Combine(site.Output, "plans", "2023", "b", "index.html")));

        File.Delete(Path.Combine(site.Root, "content", "plans", "2023", "b.md"));
        Assert.False(site.Build().UpToDate);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "plans", "2023", "b")));
        Assert.True(site.Build().UpToDate);
    }

    [Theory]
    [InlineData(0.999)]
    [InlineData(0.5)]
    [InlineData(0.1)]
    [InlineData(0.0)]
    public void A_stamp_cut_short_makes_the_next_build_run_without_failing(double kept)
    {
        using var site = Site();
        site.Build();
        var stamp = Path.Combine(site.Output, BuildFingerprint.StampFile);
        var bytes = File.ReadAllBytes(stamp);
        File.WriteAllBytes(stamp, bytes[..(int)(bytes.Length * kept)]);

        AssertRebuiltThenUpToDate(site);
    }

    [Theory]
    [InlineData("\n", "\r\n")]
    [InlineData("/plans/2024/a/\n", "/plans/2024/a/\0/\n")]
    [InlineData("/plans/2024/a/\n", "/plans/2024/a/\n\n")]
    [InlineData("manifest v1\n", "manifest v2\n")]
    public void A_stamp_whose_lines_were_changed_by_hand_makes_the_next_build_run_without_failing(string from, string to)
    {
        using var site = Site();
        site.Build();
        var stamp = Path.Combine(site.Output, BuildFingerprint.StampFile);
        var text = File.ReadAllText(stamp);
        Assert.Contains(from, text);
        File.WriteAllText(stamp, text.Replace(from, to));

        AssertRebuiltThenUpToDate(site);
    }

    [Fact]
    public void A_stamp_whose_list_names_a_size_that_was_changed_by_hand_makes_the_next_build_run()
    {
        using var site = Site();
        site.Build();
        var page = new FileInfo(Path.Combine(site.Output, "plans", "2024", "a", "index.html"));
        var stamp = Path.Combine(site.Output, BuildFingerprint.StampFile);
        var text = File.ReadAllText(stamp);
        File.WriteAllText(stamp, text.Replace($"/plans/2024/a/index.html|{page.Length}\n", $"/plans/2024/a/index.html|{page.Length + 1}\n"));

        Assert.False(site.Build().UpToDate);
        Assert.True(site.Build().UpToDate);
    }

    [Fact]
    public void A_year_folder_of_the_output_moved_away_and_linked_back_makes_the_next_build_run()
    {
        using var site = Site();
        site.Build();
        var year = Path.Combine(site.Output, "plans", "2024");
        var elsewhere = Path.Combine(site.Parent, "moved-2024");
        Directory.Move(year, elsewhere);
        Directory.CreateSymbolicLink(year, elsewhere);

        Assert.False(site.Build().UpToDate);
        Assert.Null(new DirectoryInfo(year).LinkTarget);
        Assert.True(File.Exists(Path.Combine(elsewhere, "a", "index.html")));
        Assert.True(site.Build().UpToDate);
    }
}
