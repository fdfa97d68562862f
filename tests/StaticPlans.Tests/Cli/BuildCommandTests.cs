using System.Diagnostics;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Cli;

public class BuildCommandTests
{
    internal static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "StaticPlans.Cli.dll");
        var start = CliRunner.InEnglish(new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true });
        start.ArgumentList.Add(cli);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Build_prints_what_it_built_and_exits_0()
    {
        using var site = new TestSite().Plan(2024, "a", "title: 甲\nyear: 2024\nkind: plan\ndate: 2024-03-01", "## 一、学前教育\n文。\n");

        var (exit, stdout, _) = Run("build", "--source", site.Root);

        Assert.Equal(0, exit);
        Assert.Matches(@"Built 1 plan, 1 year, 3 topics: \d+ pages, \d+ files", stdout);
        Assert.True(File.Exists(Path.Combine(site.Root, "public", "index.html")));
    }

    [Fact]
    public void Content_errors_exit_1_listing_every_error_with_its_location()
    {
        using var site = new TestSite()
            .Plan(2024, "a", "title: 甲\nyear: 二〇二四\nkind: plan\ndate: 2024-03-01", "文。\n")
            .Plan(2024, "b", "title: 乙\nyear: 2024\nkind: plan\ndate: 2024/03/01", "文。\n");

        var (exit, _, stderr) = Run("build", "--source", site.Root);

        Assert.Equal(1, exit);
        Assert.Contains("content/plans/2024/a.md(3,7): error SP0105:", stderr);
        Assert.Contains("content/plans/2024/b.md(5,7): error SP0106:", stderr);
    }

    [Fact]
    public void Bad_usage_exits_2_and_help_and_version_work()
    {
        Assert.Equal(2, Run("build", "--no-such-option").Exit);
        var help = Run("--help");
        Assert.Equal(0, help.Exit);
        Assert.Contains("build", help.Out);
        var version = Run("--version");
        Assert.Equal(0, version.Exit);
        Assert.Matches(@"^staticplans \d+\.\d+\.\d+", version.Out);
    }
}
