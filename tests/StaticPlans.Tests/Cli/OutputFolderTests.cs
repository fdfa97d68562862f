using System.Security.Cryptography;
using StaticPlans.Diagnostics;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Cli;

/// <summary>
/// `staticplans build --output X`, as a user types it in the site folder: every folder the build reads, and every
/// folder StaticPlans did not write, is refused with exit code 2 and left exactly as it was (sentinel files).
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly TestSite _site = new();

    public OutputFolderTests()
    {
        _site.WritePlan("plan-a", "## 一、总体要求\n\n做好校园安全工作。\n");
        _site.Write("layouts/partials/footer-note.html", "<p>sentinel layout</p>\n");
        _site.WriteBytes("static/images/logo.png", [1, 2, 3]);
        _site.Write(".git/HEAD", "ref: refs/heads/main\n");
        _site.Write(".git/objects/sentinel", "git history\n");
    }

    public void Dispose() => _site.Dispose();

    /// <summary>Every file and folder under <paramref name="root"/> with a hash of its bytes.</summary>
    private static SortedDictionary<string, string> Snapshot(string root)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories))
            result[Path.GetRelativePath(root, dir) + "/"] = "dir";
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            result[Path.GetRelativePath(root, file)] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        return result;
    }

    private (int Exit, string Out, string Err) Build(params string[] args) => CliRunner.Run(_site.Root, ["build", .. args]);

    public static TheoryData<string, string> ReadFolders => new()
    {
        { "content", "is the site's content/ folder" },
        { "content/plans/2024", "is inside the site's content/ folder" },
        { "layouts", "is the site's layouts/ folder" },
        { "static", "is the site's static/ folder" },
        { "static/out", "is inside the site's static/ folder" },
        { ".git", "is the site's .git/ folder" },
        { "assets", "is the site's assets/ folder" },
        { "themes/mine", "is inside the site's themes/ folder" },
        { "site.yml", "is the site's site.yml" },
        { "strings.yml", "is the site's strings.yml" },
        { ".", "is the site folder itself" },
        { "..", "contains the site folder" },
    };

    [Theory]
    [MemberData(nameof(ReadFolders))]
    public void An_output_folder_the_build_reads_is_refused_with_exit_2_and_left_untouched(string output, string reason)
    {
        var before = Snapshot(_site.Parent);

        var (exit, stdout, stderr) = Build("-o", output);

        Assert.Equal(2, exit);
        Assert.Contains($"{output}: error {DiagnosticCodes.OutputUnsafe}: refusing to build into '{output}': it {reason}", stderr);
        Assert.Contains("choose another --output", stderr);
        Assert.DoesNotContain("Built", stdout);
        Assert.Equal(before, Snapshot(_site.Parent));
    }

    [Theory]
    [InlineData("content")]
    [InlineData("content/plans/2024")]
    [InlineData(".git")]
    public void Force_does_not_make_a_folder_the_build_reads_acceptable(string output)
    {
        var before = Snapshot(_site.Parent);

        var (exit, _, stderr) = Build("-o", output, "--force");

        Assert.Equal(2, exit);
        Assert.Contains($"error {DiagnosticCodes.OutputUnsafe}:", stderr);
        Assert.Equal(before, Snapshot(_site.Parent));
    }

    [Fact]
    public void A_non_empty_folder_StaticPlans_did_not_write_is_refused_and_force_replaces_it()
    {
        var documents = Path.Combine(_site.Parent, "Documents");
        Directory.CreateDirectory(Path.Combine(documents, "taxes"));
        File.WriteAllText(Path.Combine(documents, "taxes", "2024.txt"), "sentinel\n");
        var before = Snapshot(_site.Parent);

        var (exit, _, stderr) = Build("-o", documents);

        Assert.Equal(2, exit);
        Assert.Contains($"{documents}: error {DiagnosticCodes.OutputNotOurs}: refusing to build into '{documents}': it is not empty and was not written by StaticPlans", stderr);
        Assert.Contains("--force", stderr);
        Assert.Equal(before, Snapshot(_site.Parent));

        var forced = Build("-o", documents, "--force");

        Assert.Equal(0, forced.Exit);
        Assert.True(File.Exists(Path.Combine(documents, "plans", "2024", "plan-a", "index.html")));
        Assert.False(File.Exists(Path.Combine(documents, "taxes", "2024.txt")), "--force replaces the folder with the site, as documented");
    }

    [Fact]
    public void A_folder_that_looks_like_another_site_or_repository_is_refused_even_with_force()
    {
        var other = Path.Combine(_site.Parent, "other-site");
        Directory.CreateDirectory(Path.Combine(other, ".git"));
        File.WriteAllText(Path.Combine(other, ".git", "HEAD"), "sentinel\n");
        var before = Snapshot(_site.Parent);

        var (exit, _, stderr) = Build("-o", other, "--force");

        Assert.Equal(2, exit);
        Assert.Contains("it holds .git: it looks like a site or a repository", stderr);
        Assert.Equal(before, Snapshot(_site.Parent));
    }

    [Fact]
    public void With_a_symlinked_source_the_sites_real_parent_is_refused()
    {
        var link = Path.Combine(Path.GetDirectoryName(_site.Parent)!, Path.GetFileName(_site.Parent) + "-link");
        Directory.CreateSymbolicLink(link, _site.Root);
        try
        {
            var before = Snapshot(_site.Parent);

            var (exit, _, stderr) = CliRunner.Run(_site.Parent, "build", "--source", link, "--output", _site.Parent);

            Assert.Equal(2, exit);
            Assert.Contains("contains the site folder", stderr);
            Assert.Equal(before, Snapshot(_site.Parent));
        }
        finally
        {
            File.Delete(link);
        }
    }

    [Fact]
    public void An_output_that_is_a_link_into_content_is_refused()
    {
        var output = Path.Combine(_site.Parent, "public");
        Directory.CreateSymbolicLink(output, Path.Combine(_site.Root, "content", "plans"));
        var before = Snapshot(_site.Root);

        var (exit, _, stderr) = Build("-o", output);

        Assert.Equal(2, exit);
        Assert.Contains("is inside the site's content/ folder", stderr);
        Assert.Equal(before, Snapshot(_site.Root));
    }

    [Fact]
    public void An_output_where_a_linked_input_folder_really_lives_is_refused()
    {
        var shared = Path.Combine(_site.Parent, "shared-static");
        Directory.CreateDirectory(shared);
        File.WriteAllText(Path.Combine(shared, "logo.svg"), "<svg/>");
        Directory.Delete(Path.Combine(_site.Root, "static"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(_site.Root, "static"), shared);
        var before = Snapshot(_site.Parent);

        var (exit, _, stderr) = Build("-o", shared, "--force");

        Assert.Equal(2, exit);
        Assert.Contains($"is where the site's static/ folder leads ('{shared}')", stderr);
        Assert.Equal(before, Snapshot(_site.Parent));
    }

    [Fact]
    public void Rebuilding_into_the_tools_own_earlier_output_works_with_and_without_force()
    {
        var first = Build("-o", "public");
        Assert.Equal(0, first.Exit);
        _site.WritePlan("plan-b", "## 一、总体要求\n\n做好学前教育工作。\n");

        var second = Build("-o", "public");
        var forced = Build("-o", "public", "--force");

        Assert.Equal(0, second.Exit);
        Assert.Contains("Built 2 plans", second.Out);
        Assert.Equal(0, forced.Exit);
        Assert.Contains("Built 2 plans", forced.Out);
        Assert.True(File.Exists(Path.Combine(_site.Root, "public", "plans", "2024", "plan-b", "index.html")));
    }

    [Fact]
    public void An_empty_or_missing_folder_is_accepted()
    {
        Directory.CreateDirectory(Path.Combine(_site.Parent, "empty"));

        Assert.Equal(0, Build("-o", Path.Combine(_site.Parent, "empty")).Exit);
        Assert.Equal(0, Build("-o", Path.Combine(_site.Parent, "new", "site")).Exit);
        Assert.True(File.Exists(Path.Combine(_site.Parent, "new", "site", "index.html")));
    }

    [Fact]
    public void A_build_killed_while_writing_leaves_the_previous_site_and_the_next_build_removes_its_staging_folder()
    {
        for (var i = 0; i < 400; i++)
            _site.WritePlan($"plan-{i:000}", string.Concat(Enumerable.Range(1, 8).Select(n => $"## {n}、第{n}部分\n\n校园安全工作第{i}项，第{n}段。\n\n")));
        var output = Path.Combine(_site.Parent, "public");
        Assert.Equal(0, Build("-o", output).Exit);
        var before = Snapshot(output);
        _site.WritePlan("plan-new", "## 一、总体要求\n\n新增的学前教育工作。\n");

        var start = CliRunner.InEnglish(new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = _site.Root, RedirectStandardOutput = true, RedirectStandardError = true });
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "StaticPlans.Cli.dll"), "build", "-o", output }) start.ArgumentList.Add(arg);
        using (var build = System.Diagnostics.Process.Start(start)!)
        {
            var staging = Path.Combine(_site.Parent, $".public.staging-{build.Id}");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (!File.Exists(Path.Combine(staging, ".staticplans-build")) && !build.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(5);
            build.Kill(entireProcessTree: true);
            build.WaitForExit();
            Assert.True(Directory.Exists(staging), "the build was to be killed while it wrote its staging folder");
        }

        Assert.Equal(before, Snapshot(output));
        Assert.Contains(Directory.GetDirectories(_site.Parent), d => Path.GetFileName(d).StartsWith(".public.staging-", StringComparison.Ordinal));

        Assert.Equal(0, Build("-o", output).Exit);
        Assert.DoesNotContain(Directory.GetDirectories(_site.Parent), d => Path.GetFileName(d).StartsWith(".public.", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(output, "plans", "2024", "plan-new", "index.html")));
    }

    [Fact]
    public void Staging_folders_left_by_a_killed_build_are_removed_and_nothing_else_is()
    {
        // Pids above Linux's largest (2^22) are never running.
        string Leftover(string name, bool stamped)
        {
            var dir = Path.Combine(_site.Parent, name);
            Directory.CreateDirectory(Path.Combine(dir, "plans"));
            File.WriteAllText(Path.Combine(dir, "plans", "index.html"), "half a site");
            if (stamped) File.WriteAllText(Path.Combine(dir, ".staticplans-build"), "staging\n");
            return dir;
        }
        var staging = Leftover(".public.staging-999999999", stamped: true);
        var old = Leftover(".public.old-999999998", stamped: true);
        var notOurs = Leftover(".public.staging-999999997", stamped: false);
        var otherName = Leftover(".public.backup-999999996", stamped: true);
        var empty = Path.Combine(_site.Parent, ".public.staging-999999995");
        Directory.CreateDirectory(empty);

        var (exit, _, _) = Build("-o", Path.Combine(_site.Parent, "public"));

        Assert.Equal(0, exit);
        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(old));
        Assert.False(Directory.Exists(empty), "an empty staging folder (killed before its stamp) holds nothing to lose");
        Assert.True(File.Exists(Path.Combine(notOurs, "plans", "index.html")), "a folder without our stamp is not ours to delete");
        Assert.True(File.Exists(Path.Combine(otherName, "plans", "index.html")));
    }
}
