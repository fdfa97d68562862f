using System.Text.Json;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_clean_site_exits_0_and_writes_nothing()
    {
        _site.WritePlan("p");
        var before = Directory.GetFileSystemEntries(_site.Parent, "*", SearchOption.AllDirectories).Order().ToList();
        var (code, stdout, _) = CliRunner.Run(_site.Root, "check");
        Assert.Equal(0, code);
        Assert.Contains("No problems", stdout);
        Assert.Equal(before, Directory.GetFileSystemEntries(_site.Parent, "*", SearchOption.AllDirectories).Order().ToList());
    }

    [Fact]
    public void Errors_are_printed_in_problem_matcher_form_and_exit_1()
    {
        _site.WritePlan("p", extraFrontMatter: "titel: x");
        _site.Write("content/plans/2024/q.md", "---\ntitle: 计划\nyear: 二〇二四\nkind: plan\ndate: 2024-02-01\n---\n");
        var (code, stdout, _) = CliRunner.Run(_site.Root, "check");
        Assert.Equal(1, code);
        Assert.Contains("content/plans/2024/p.md(6,1): warning SP0113: unknown front matter key 'titel' (did you mean 'title'?)", stdout);
        Assert.Contains("content/plans/2024/q.md(3,7): error SP0105: ", stdout);
        Assert.Contains("1 error, 1 warning", stdout);
    }

    [Fact]
    public void Warnings_alone_pass_unless_warnings_are_errors()
    {
        _site.WritePlan("p", extraFrontMatter: "titel: x");
        Assert.Equal(0, CliRunner.Run(_site.Root, "check").ExitCode);
        Assert.Equal(1, CliRunner.Run(_site.Root, "check", "--warnings-as-errors").ExitCode);
    }

    [Fact]
    public void Json_lists_each_diagnostic_with_its_location_and_a_summary()
    {
        _site.WritePlan("p", extraFrontMatter: "titel: x");
        var (code, stdout, _) = CliRunner.Run(_site.Parent, "check", "--source", "site", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var d = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("content/plans/2024/p.md", d.GetProperty("file").GetString());
        Assert.Equal(6, d.GetProperty("line").GetInt32());
        Assert.Equal(1, d.GetProperty("column").GetInt32());
        Assert.Equal("warning", d.GetProperty("severity").GetString());
        Assert.Equal("SP0113", d.GetProperty("code").GetString());
        Assert.Contains("did you mean 'title'?", d.GetProperty("message").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32());
    }

    [Fact]
    public void Bad_usage_exits_2()
    {
        Assert.Equal(2, CliRunner.Run(_site.Root, "check", "--format", "xml").ExitCode);
        Assert.Equal(2, CliRunner.Run(_site.Root, "check", "--no-such-option").ExitCode);
    }

    [Fact]
    public void Build_reports_the_same_diagnostics_as_check()
    {
        _site.WritePlan("p", extraFrontMatter: "titel: x");
        _site.Write("content/plans/2024/q.md", "---\ntitle: 计划\nyear: 二〇二四\nkind: plan\ndate: 2024-02-01\n---\n");
        var check = CliRunner.Run(_site.Root, "check").Stdout.Split('\n').Where(l => l.Contains(": error ") || l.Contains(": warning ")).ToList();
        var build = CliRunner.Run(_site.Root, "build", "--output", Path.Combine(_site.Parent, "out")).Stderr.Split('\n').Where(l => l.Contains(": error ") || l.Contains(": warning ")).ToList();
        Assert.Equal(2, check.Count);
        Assert.Equal(check, build);
    }
}
