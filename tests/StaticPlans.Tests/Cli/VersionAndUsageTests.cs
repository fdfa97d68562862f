using System.Text.RegularExpressions;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Cli;

public class VersionAndUsageTests
{
    private static string ProjectVersion() =>
        Regex.Match(File.ReadAllText(Path.Combine(RepoPaths.Root, "Directory.Build.props")), "<Version>([^<]+)</Version>").Groups[1].Value;

    [Theory]
    [InlineData("--version")]
    [InlineData("build", "--version")]
    [InlineData("check", "--source", "nowhere", "--version")]
    [InlineData("new", "plan", "--version")]
    [InlineData("serve", "--version")]
    public void Version_prints_the_version_and_the_commit_after_any_command(params string[] args)
    {
        var (exit, stdout, stderr) = BuildCommandTests.Run(args);
        Assert.True(exit == 0, stderr);
        // A build from a git checkout names its commit; one from a copy without git says the commit is unknown.
        Assert.Matches($@"^staticplans {Regex.Escape(ProjectVersion())} \(commit ([0-9a-f]{{7,12}}|unknown)\)\r?\n$", stdout);
    }

    [Fact]
    public void A_build_from_a_git_checkout_names_a_commit_of_its_history()
    {
        var (_, stdout, _) = BuildCommandTests.Run("--version");
        var commit = Regex.Match(stdout, @"commit ([0-9a-f]{7,12})\)").Groups[1].Value;
        Assert.True(commit.Length > 0, $"no commit in '{stdout.Trim()}'");
        // The binary may be a commit behind HEAD while work is uncommitted; it is a commit of this repository.
        Assert.Equal(0, GitExit("cat-file", "-e", commit + "^{commit}"));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("build", "--help")]
    [InlineData("check", "--help")]
    [InlineData("new", "plan", "--help")]
    public void Usage_lines_name_the_command_staticplans(params string[] args)
    {
        var (exit, stdout, _) = BuildCommandTests.Run(args);
        Assert.Equal(0, exit);
        var usage = stdout[(stdout.IndexOf("Usage:", StringComparison.Ordinal) + 6)..].TrimStart().Split('\n')[0];
        Assert.StartsWith("staticplans" + (args.Length > 1 ? " " + string.Join(' ', args[..^1]) : ""), usage);
        Assert.DoesNotContain("StaticPlans.Cli", stdout);
    }

    [Fact]
    public void Counts_read_naturally_for_one_and_for_several()
    {
        using var one = new TestSite().Plan(2024, "a", "title: 甲\nyear: 2024\nkind: plan\ndate: 2024-03-01", "## 一、学前教育\n文。\n");
        Assert.Contains("No problems: 1 plan checked.", BuildCommandTests.Run("check", "--source", one.Root).Out);

        using var two = new TestSite()
            .Plan(2024, "a", "title: 甲\nyear: 2024\nkind: plan\ndate: 2024-03-01", "## 一、学前教育\n文。\n")
            .Plan(2023, "b", "title: 乙\nyear: 2023\nkind: plan\ndate: 2023-03-01", "## 一、校园安全\n文。\n");
        Assert.Contains("No problems: 2 plans checked.", BuildCommandTests.Run("check", "--source", two.Root).Out);
        Assert.Matches(@"Built 2 plans, 2 years, 3 topics: \d+ pages, \d+ files", BuildCommandTests.Run("build", "--source", two.Root).Out);
    }

    private static int GitExit(params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(start)!;
        p.WaitForExit();
        return p.ExitCode;
    }
}
