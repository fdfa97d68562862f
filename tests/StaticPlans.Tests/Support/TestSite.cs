using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticPlans.Building;
using StaticPlans.Diagnostics;

namespace StaticPlans.Tests.Support;

/// <summary>
/// A small site a test writes into a fresh temporary folder (<c>&lt;tmp&gt;/sp-test-…/site</c>), builds or checks, and
/// removes afterwards. The folder around it (<see cref="Parent"/>) is the test's own too: outputs and other sites
/// that must stay untouched go there.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string DefaultSiteYml = """
        title: 测试县教育局工作计划公开
        base_url: https://edu.example.gov.cn/plans/
        language: zh-CN
        bureau: 测试县教育局
        theme: default
        kinds: { plan: 工作计划, summary: 工作总结, key-points: 工作要点, summary-plan: 工作总结和计划 }
        topics:
          - { slug: preschool, name: 学前教育, keywords: [学前教育, 幼儿园] }
          - { slug: vocational, name: 职业教育, keywords: [职业教育, 中职] }
          - { slug: safety, name: 校园安全, keywords: [校园安全, 防溺水] }
        """;

    /// <param name="siteYml">The site.yml to write; null writes none.</param>
    public TestSite(string? siteYml = DefaultSiteYml)
    {
        Root = Path.Combine(Path.GetTempPath(), "sp-test-" + Guid.NewGuid().ToString("N")[..12], "site");
        Directory.CreateDirectory(Root);
        if (siteYml is not null) Write("site.yml", siteYml.EndsWith('\n') ? siteYml : siteYml + "\n");
    }

    public string Root { get; }

    /// <summary>The folder holding the site folder; tests put outputs and other folders here and snapshot it.</summary>
    public string Parent => Path.GetDirectoryName(Root)!;

    /// <summary>Where a build writes unless told otherwise: <c>public/</c> in the site folder, as the CLI does.</summary>
    public string Output => Path.Combine(Root, "public");

    /// <summary>Writes a UTF-8 file (no BOM) of the site.</summary>
    public TestSite Write(string relativePath, string text)
    {
        WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));
        return this;
    }

    /// <summary>Writes a file of the site byte for byte; returns its full path.</summary>
    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A plan with exactly this front matter and body.</summary>
    public TestSite Plan(int year, string name, string frontMatter, string body) =>
        Write($"content/plans/{year}/{name}.md", $"---\n{frontMatter.Trim()}\n---\n{body}");

    /// <summary>A plan with valid front matter; <paramref name="extraFrontMatter"/> lines go before the closing fence. Returns its full path.</summary>
    public string WritePlan(string name, string body = "## 一、总体要求\n\n做好校园安全工作。\n", int year = 2024,
        string? extraFrontMatter = null, string title = "测试县教育局2024年工作计划", string date = "2024-02-01")
    {
        var extra = extraFrontMatter is null ? "" : extraFrontMatter.TrimEnd('\n') + "\n";
        var relative = $"content/plans/{year}/{name}.md";
        Write(relative, $"---\ntitle: {title}\nyear: {year}\nkind: plan\ndate: {date}\n{extra}---\n\n{body}");
        return Path.Combine(Root, relative);
    }

    public BuildResult Build(string? output = null, string? baseUrl = null, bool drafts = false) =>
        SiteBuilder.Build(new BuildOptions(Root, output ?? Output, baseUrl, drafts));

    /// <summary>Builds in memory, writing nothing.</summary>
    public BuildResult Generate() => SiteBuilder.Generate(new SiteOptions(Root)).Result;

    public IReadOnlyList<Diagnostic> Check() => Generate().Diagnostics;

    public string ReadOutput(string sitePath, string? output = null) =>
        File.ReadAllText(Path.Combine(output ?? Output, sitePath.EndsWith('/') || sitePath.Length == 0 ? sitePath + "index.html" : sitePath));

    public IHtmlDocument Page(string sitePath, string? output = null) => new HtmlParser().ParseDocument(ReadOutput(sitePath, output));

    public void Dispose()
    {
        try { Directory.Delete(Parent, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
