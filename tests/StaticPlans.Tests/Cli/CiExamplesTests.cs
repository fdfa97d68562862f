using System.Text.Json;
using System.Text.RegularExpressions;
using StaticPlans.Building;
using StaticPlans.Diagnostics;
using StaticPlans.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace StaticPlans.Tests.Cli;

/// <summary>docs/ci: the problem matcher must read the lines staticplans really prints, and the workflows must run it.</summary>
public class CiExamplesTests
{
    private static string Ci(string name) => Path.Combine(RepoPaths.Root, "docs", "ci", name);

    private static List<(Regex Regex, JsonElement Pattern)> Matchers()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Ci("staticplans-matcher.json")));
        return json.RootElement.GetProperty("problemMatcher").EnumerateArray()
            .Select(m => m.GetProperty("pattern")[0].Clone())
            .Select(p => (new Regex(p.GetProperty("regexp").GetString()!), p)).ToList();
    }

    private static string? Group(Match match, JsonElement pattern, string name) =>
        pattern.TryGetProperty(name, out var index) ? match.Groups[index.GetInt32()].Value : null;

    [Fact]
    public void The_problem_matcher_reads_file_line_column_severity_code_and_message_of_every_diagnostic_a_broken_site_prints()
    {
        using var site = new TestSite()
            .Plan(2024, "a", "title: 甲\nyear: 二〇二四\nkind: plan\ndate: 2024-03-01", "## 一、学前教育\n文。\n")
            .Plan(2024, "b", "title: 乙\ntitel: 乙\nyear: 2024\nkind: plan\ndate: 2024-03-01", "## 一、校园安全\n见[丙](/plans/2024/c/)。\n")
            .Write("content/plans/2024/gbk.md", "");
        File.WriteAllBytes(Path.Combine(site.Root, "content/plans/2024/gbk.md"),
            [.. "---\ntitle: "u8.ToArray(), 0xB9, 0xA4, 0xD7, 0xF7, .. "\n---\n"u8.ToArray()]);
        var expected = SiteBuilder.Generate(new SiteOptions(site.Root)).Result.Diagnostics;
        Assert.Contains(expected, d => d.Severity == Severity.Error);
        Assert.Contains(expected, d => d.Severity == Severity.Warning);

        // A build prints diagnostics on stderr, check on stdout: a CI log holds both, so the matcher must read both.
        foreach (var command in new[] { "build", "check" })
        {
            var (exit, stdout, stderr) = BuildCommandTests.Run(command, "--source", site.Root);
            Assert.Equal(1, exit);
            Assert.Equal(Normalised(expected), Read(stdout + stderr));
        }

        // A problem with a whole file (here: no site.yml at all) has no line and column.
        using var empty = new TestSite();
        File.Delete(Path.Combine(empty.Root, "site.yml"));
        var missing = SiteBuilder.Generate(new SiteOptions(empty.Root)).Result.Diagnostics;
        var (_, outText, errText) = BuildCommandTests.Run("build", "--source", empty.Root);
        var read = Read(outText + errText);
        Assert.Equal(Normalised(missing), read);
        Assert.Contains(read, d => d.Line == 0 && d.Code == DiagnosticCodes.SiteConfigMissing);
    }

    [Fact]
    public void The_problem_matcher_reads_diagnostics_printed_in_Chinese_at_the_same_files_lines_and_codes()
    {
        using var site = new TestSite()
            .Plan(2024, "a", "title: 甲\nyear: 二〇二四\nkind: plan\ndate: 2024-03-01", "## 一、学前教育\n文。\n")
            .Plan(2024, "b", "title: 乙\ntitel: 乙\nyear: 2024\nkind: plan\ndate: 2024-03-01", "## 一、校园安全\n见[丙](/plans/2024/c/)。\n");
        var expected = Normalised(SiteBuilder.Generate(new SiteOptions(site.Root)).Result.Diagnostics);

        var (exit, stdout, _) = BuildCommandTests.Run("check", "--source", site.Root, "--lang", "zh");
        Assert.Equal(1, exit);
        var read = Read(stdout);
        Assert.Equal(expected.Select(d => (d.File, d.Line, d.Column, d.Code, d.Severity)), read.Select(d => (d.File, d.Line, d.Column, d.Code, d.Severity)));
        Assert.All(read, d => Assert.Contains(d.Message, c => c is >= '\u4e00' and <= '\u9fff'));
        Assert.Contains(read, d => d.Message.StartsWith("年度须用阿拉伯数字书写", StringComparison.Ordinal));
    }

    // Printed columns are at least 1; a diagnostic about a whole file is printed with neither line nor column.
    private static List<Diagnostic> Normalised(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.Line > 0 ? d with { Column = Math.Max(d.Column, 1) } : d with { Column = 0 }).ToList();

    private static List<Diagnostic> Read(string output)
    {
        var matchers = Matchers();
        var found = new List<Diagnostic>();
        foreach (var line in output.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            var hits = matchers.Select(m => (Match: m.Regex.Match(line), m.Pattern)).Where(h => h.Match.Success).ToList();
            Assert.True(hits.Count <= 1, $"two matchers read '{line}'");
            if (hits.Count == 0) continue;
            var (match, pattern) = hits[0];
            var severity = Group(match, pattern, "severity") == "error" ? Severity.Error : Severity.Warning;
            found.Add(new Diagnostic(Group(match, pattern, "file")!, int.Parse(Group(match, pattern, "line") ?? "0"),
                int.Parse(Group(match, pattern, "column") ?? "0"), Group(match, pattern, "code")!, severity, Group(match, pattern, "message")!));
        }
        return found;
    }

    [Theory]
    [InlineData("github-actions.yml")]
    [InlineData(".gitlab-ci.yml")]
    public void The_ci_examples_check_and_build_the_site_on_every_push(string file)
    {
        var text = File.ReadAllText(Ci(file));
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text)); // the file is valid YAML
        Assert.IsType<YamlMappingNode>(yaml.Documents[0].RootNode);
        Assert.Contains("staticplans check", text);
        Assert.Contains("staticplans build", text);
        if (file == "github-actions.yml")
        {
            Assert.Contains("on: [push, pull_request]", text);
            Assert.Contains("::add-matcher::", text);
        }
    }
}
