using System.Text;
using StaticPlans.Building;
using StaticPlans.Diagnostics;

namespace StaticPlans.Tests;

/// <summary>A small site in a fresh temp folder: site.yml with two kinds and three topics, plus whatever a test writes.</summary>
public sealed class ScratchSite : IDisposable
{
    public const string SiteYml = """
        title: 测试教育局工作计划公开
        base_url: https://example.gov.cn/plans/
        bureau: 测试县教育局
        kinds: { plan: 工作计划, summary: 工作总结 }
        topics:
          - { slug: preschool, name: 学前教育, keywords: [学前教育, 幼儿园] }
          - { slug: safety, name: 校园安全, keywords: [校园安全, 防溺水] }
          - { slug: teachers, name: 教师队伍建设, keywords: [教师队伍, 教师培训] }
        """;

    public ScratchSite(bool withSiteYml = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "sp-test-" + Guid.NewGuid().ToString("N")[..12], "site");
        Directory.CreateDirectory(Root);
        if (withSiteYml) Write("site.yml", SiteYml + "\n");
    }

    public string Root { get; }

    /// <summary>The folder holding the site folder; tests put outputs here and snapshot it.</summary>
    public string Parent => Path.GetDirectoryName(Root)!;

    public string Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A plan with valid front matter; <paramref name="extraFrontMatter"/> lines go before the closing fence.</summary>
    public string WritePlan(string name, string body = "## 一、总体要求\n\n做好校园安全工作。\n", int year = 2024,
        string? extraFrontMatter = null, string title = "测试县教育局2024年工作计划", string date = "2024-02-01")
    {
        var extra = extraFrontMatter is null ? "" : extraFrontMatter.TrimEnd('\n') + "\n";
        return Write($"content/plans/{year}/{name}.md",
            $"---\ntitle: {title}\nyear: {year}\nkind: plan\ndate: {date}\n{extra}---\n\n{body}");
    }

    public BuildResult Generate() => SiteBuilder.Generate(new BuildOptions(Root, Path.Combine(Parent, "public")));

    public BuildResult Build(string? output = null) => SiteBuilder.Build(new BuildOptions(Root, output ?? Path.Combine(Parent, "public")));

    public IReadOnlyList<Diagnostic> Check() => Generate().Diagnostics;

    public void Dispose()
    {
        try { Directory.Delete(Parent, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

public static class DiagnosticAssert
{
    /// <summary>Exactly one diagnostic with this code, at this place, with this severity; returns it for message checks.</summary>
    public static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, string code, string file, int line, int column, Severity severity)
    {
        var all = diagnostics.ToList();
        var matching = all.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got:\n{string.Join("\n", all)}");
        var d = matching[0];
        Assert.Equal((file, line, column, severity), (d.File, d.Line, d.Column, d.Severity));
        return d;
    }
}
