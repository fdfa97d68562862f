using System.Text;
using System.Text.RegularExpressions;
using StaticPlans.Authoring.Importing;
using StaticPlans.Authoring.Scaffolding;
using StaticPlans.Diagnostics;
using StaticPlans.Loading;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Loading;

/// <summary>The plan format is one: what 'new plan' and 'import' write is what the build reads and accepts.</summary>
public class PlanFormatTests
{
    [Fact]
    public void New_plan_and_import_write_only_keys_the_build_knows()
    {
        using var site = new TestSite();
        var (path, error) = PlanScaffold.Create(site.Root, 2025, "plan", "计划", null, null);
        Assert.Null(error);
        var written = new[]
        {
            File.ReadAllText(Path.Combine(site.Root, path!)),
            FrontMatterWriter.Write(new ImportMetadata(null, null, null, null, null, null)),
            FrontMatterWriter.Write(new ImportMetadata("计划", 2025, "plan", new DateOnly(2025, 3, 1), "测试县教育局", "测教发〔2025〕1号")),
        };

        // Commented lines count: an editor uncomments them as they are.
        var keys = written.SelectMany(text => Regex.Matches(text.Split("---")[1], @"^(?:# )?([a-z_]+):", RegexOptions.Multiline))
            .Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Contains("doc_no", keys);
        Assert.All(keys, key => Assert.Contains(key, PlanFormat.KnownKeys));
    }

    [Theory]
    [InlineData("工作计划: 草稿")]
    [InlineData("# 不是注释")]
    [InlineData("\"引号\" 与 'apostrophe'")]
    [InlineData("back\\slash \\n")]
    [InlineData("[括号] {大括号} - 横线")]
    [InlineData("&anchor *alias !tag %percent @at `tick` |pipe >fold ?q")]
    [InlineData("tab\there")]
    public void A_title_new_plan_or_import_writes_is_read_back_by_the_build_as_written(string title)
    {
        using var site = new TestSite();
        var (path, error) = PlanScaffold.Create(site.Root, 2025, "plan", title, "from-new", new DateOnly(2025, 3, 1));
        Assert.Null(error);
        File.WriteAllText(Path.Combine(site.Root, path!), File.ReadAllText(Path.Combine(site.Root, path!)).Replace(PlanFormat.BodyPlaceholder, "正文。"));
        site.Write("content/plans/2025/from-import.md",
            FrontMatterWriter.Write(new ImportMetadata(title, 2025, "plan", new DateOnly(2025, 3, 1), "测试县教育局", null)) + "\n正文。\n");
        var config = SiteConfigLoader.Load(site.Root, new List<Diagnostic>())!;

        foreach (var file in new[] { path!, "content/plans/2025/from-import.md" })
        {
            var diagnostics = new List<Diagnostic>();
            var plan = PlanLoader.Load(File.ReadAllBytes(Path.Combine(site.Root, file)), file, config, diagnostics);
            Assert.Empty(diagnostics);
            Assert.Equal(title, plan!.Fields.Title);
        }
    }

    [Fact]
    public void New_plan_import_and_the_build_accept_the_same_years_and_name_the_same_range()
    {
        using var site = new TestSite();
        var source = Path.Combine(site.Root, "计划.txt");
        File.WriteAllText(source, "测试县教育局工作计划\n\n一、总体要求\n坚持立德树人。\n", new UTF8Encoding(false));

        foreach (var year in new[] { PlanFormat.FirstYear - 1, PlanFormat.FirstYear, PlanFormat.LastYear, PlanFormat.LastYear + 1 })
        {
            var y = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var made = CliRunner.Run(site.Root, "new", "plan", "--year", y, "--kind", "plan", "--title", "计划", "--slug", "new-" + y, "--date", $"{y}-03-01");
            var imported = CliRunner.Run(site.Root, "import", source, "--year", y, "--slug", "import-" + y);
            site.Plan(year, "hand-" + y, $"title: 计划\nyear: {y}\nkind: plan\ndate: {y}-03-01", "正文。\n");
            var loaded = site.Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.YearInvalid && d.File.Contains("hand-" + y, StringComparison.Ordinal)).ToList();

            var inRange = year is PlanFormat.FirstYear or PlanFormat.LastYear;
            Assert.Equal(inRange, made.ExitCode == 0);
            Assert.Equal(inRange, imported.ExitCode == 0);
            Assert.Equal(inRange, loaded.Count == 0);
            if (inRange) continue;
            foreach (var message in new[] { made.Stderr, imported.Stderr, Assert.Single(loaded).Message })
                Assert.Contains($"{PlanFormat.FirstYear} to {PlanFormat.LastYear}", message.Replace(" 至 ", " to "));
        }
    }
}
