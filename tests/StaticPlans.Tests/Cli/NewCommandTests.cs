using StaticPlans.Diagnostics;
using StaticPlans.Loading;
using StaticPlans.Authoring.Scaffolding;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Cli;

public sealed class NewCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sp-new-" + Guid.NewGuid().ToString("N")[..12]);

    public NewCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_new_site_builds_with_no_errors_and_no_warnings()
    {
        var (code, stdout, stderr) = CliRunner.Run(_dir, "new", "site", "mysite");
        Assert.True(code == 0, stderr);
        var root = Path.Combine(_dir, "mysite");
        var plan = Directory.GetFiles(Path.Combine(root, "content", "plans"), "*.md", SearchOption.AllDirectories);
        Assert.Single(plan);
        Assert.Contains("site.yml", stdout);

        var check = CliRunner.Run(root, "check", "--warnings-as-errors");
        Assert.True(check.ExitCode == 0, check.Stdout);
        var build = CliRunner.Run(root, "build");
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.True(File.Exists(Path.Combine(root, "public", "index.html")));
    }

    [Fact]
    public void The_site_yml_of_a_new_site_points_to_documentation_that_exists()
    {
        Assert.Equal(0, CliRunner.Run(_dir, "new", "site", "docs-site").ExitCode);
        var yml = File.ReadAllText(Path.Combine(_dir, "docs-site", "site.yml"));
        var named = System.Text.RegularExpressions.Regex.Matches(yml, @"(?:README|docs/)[\w./-]*\.md").Select(m => m.Value).Distinct().ToList();
        Assert.NotEmpty(named);
        foreach (var doc in named) Assert.True(File.Exists(Path.Combine(Support.RepoPaths.Root, doc)), $"site.yml names {doc}, which does not exist");
        Assert.Contains("section \"site.yml\"", yml);
        Assert.Contains("\n### site.yml\n", File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "README.md")));
    }

    [Fact]
    public void A_new_site_has_the_twelve_default_topics_of_the_sample_site()
    {
        var (files, error) = SiteScaffold.Create(Path.Combine(_dir, "s"), new DateOnly(2025, 3, 1));
        Assert.Null(error);
        Assert.Equal(3, files.Count);
        var config = SiteConfigLoader.Load(Path.Combine(_dir, "s"), new List<Diagnostic>())!;
        var repo = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(repo, "site.yml"))) repo = Path.GetDirectoryName(repo)!;
        var sample = SiteConfigLoader.Load(repo, new List<Diagnostic>())!;
        Assert.Equal(12, config.Topics.Count);
        Assert.Equal(sample.Topics.Select(t => (t.Slug, t.Name, string.Join(",", t.Keywords))),
            config.Topics.Select(t => (t.Slug, t.Name, string.Join(",", t.Keywords))));
        Assert.Equal(sample.Kinds, config.Kinds);
    }

    [Fact]
    public void New_site_refuses_a_folder_that_is_not_empty()
    {
        File.WriteAllText(Path.Combine(_dir, "notes.txt"), "mine");
        var (code, _, stderr) = CliRunner.Run(_dir, "new", "site", ".");
        Assert.Equal(1, code);
        Assert.Contains("not empty", stderr);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void New_plan_writes_valid_front_matter_in_the_year_folder_and_prints_the_path()
    {
        using var site = new TestSite();
        var (code, stdout, stderr) = CliRunner.Run(site.Root, "new", "plan", "--year", "2025", "--kind", "plan", "--title", "测试县教育局2025年工作计划: 草稿 \"一\"",
            "--date", "2025-02-10");
        Assert.True(code == 0, stderr);
        Assert.Equal(Path.Combine(".", "content/plans/2025/2025-plan.md"), stdout.Trim());
        var diagnostics = new List<Diagnostic>();
        var config = SiteConfigLoader.Load(site.Root, diagnostics)!;
        var loaded = PlanLoader.Load(File.ReadAllBytes(Path.Combine(site.Root, "content/plans/2025/2025-plan.md")), "p.md", config, diagnostics);
        // Only the body is left to write.
        Assert.Equal([DiagnosticCodes.ImportPlaceholder], diagnostics.Select(d => d.Code));
        Assert.Equal("测试县教育局2025年工作计划: 草稿 \"一\"", loaded!.Fields.Title);
        Assert.Equal((2025, "plan", "2025-plan"), (loaded.Fields.Year, loaded.Fields.Kind, loaded.Fields.Slug));
        Assert.Equal(new DateOnly(2025, 2, 10), loaded.Fields.Date);
    }

    [Fact]
    public void Check_reports_the_placeholders_new_plan_leaves_the_body_and_a_date_not_given()
    {
        using var site = new TestSite();
        Assert.Equal(0, CliRunner.Run(site.Root, "new", "plan", "--year", "2025", "--kind", "plan", "--title", "测试县教育局2025年工作计划").ExitCode);
        var (exit, stdout, _) = CliRunner.Run(site.Root, "check");
        Assert.Equal(1, exit);
        // Front matter: title, year, kind, date (line 5); body: the heading on line 11, the placeholder on line 13.
        Assert.Contains("content/plans/2025/2025-plan.md(5,7): error SP0130: 'date' still holds a placeholder", stdout);
        Assert.Contains("content/plans/2025/2025-plan.md(13,1): error SP0130: '（在这里写正文。）' is the placeholder", stdout);

        File.WriteAllText(Path.Combine(site.Root, "content/plans/2025/2025-plan.md"), File.ReadAllText(Path.Combine(site.Root, "content/plans/2025/2025-plan.md"))
            .Replace("\"<<待填写：成文日期，如 2025-03-01>>\"", "2025-03-05").Replace("（在这里写正文。）", "做好校园安全工作。"));
        Assert.Equal(0, CliRunner.Run(site.Root, "check").ExitCode);
    }

    [Fact]
    public void New_plan_refuses_to_overwrite_and_takes_a_slug()
    {
        using var site = new TestSite();
        Assert.Equal(0, CliRunner.Run(site.Root, "new", "plan", "--year", "2025", "--kind", "summary", "--title", "总结").ExitCode);
        var path = Path.Combine(site.Root, "content/plans/2025/2025-summary.md");
        File.AppendAllText(path, "编辑写的内容\n");
        var again = CliRunner.Run(site.Root, "new", "plan", "--year", "2025", "--kind", "summary", "--title", "总结");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Stderr);
        Assert.EndsWith("编辑写的内容\n", File.ReadAllText(path));
        var other = CliRunner.Run(site.Root, "new", "plan", "--year", "2025", "--kind", "summary", "--title", "总结", "--slug", "2025-summary-2", "--date", "2025-12-30");
        Assert.Equal(0, other.ExitCode);
        Assert.Contains("date: 2025-12-30", File.ReadAllText(Path.Combine(site.Root, "content/plans/2025/2025-summary-2.md")));
    }

    [Theory]
    [InlineData("--kind", "plann", "did you mean 'plan'?")]
    [InlineData("--slug", "../evil", "one URL segment")]
    [InlineData("--slug", "nul", "device name on Windows")]
    [InlineData("--year", "1800", "out of range")]
    public void New_plan_rejects_bad_values_and_writes_nothing(string option, string value, string expected)
    {
        using var site = new TestSite();
        var args = new Dictionary<string, string> { ["--year"] = "2025", ["--kind"] = "plan", ["--title"] = "计划" };
        args[option] = value;
        var (code, _, stderr) = CliRunner.Run(site.Root, ["new", "plan", .. args.SelectMany(a => new[] { a.Key, a.Value })]);
        Assert.Equal(1, code);
        Assert.Contains(expected, stderr);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content")));
        Assert.False(Directory.Exists(Path.Combine(site.Parent, "evil.md")));
    }
}
