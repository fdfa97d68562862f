using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticPlans.Building;

namespace StaticPlans.Tests.Support;

/// <summary>A small site written to a temporary folder by a test, built, and removed afterwards.</summary>
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

    public TestSite(string siteYml = DefaultSiteYml)
    {
        Root = Path.Combine(Path.GetTempPath(), "sp-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Write("site.yml", siteYml);
    }

    public string Root { get; }
    public string Output => Path.Combine(Root, "public");

    public TestSite Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public TestSite Plan(int year, string name, string frontMatter, string body) =>
        Write($"content/plans/{year}/{name}.md", $"---\n{frontMatter.Trim()}\n---\n{body}");

    public BuildResult Build(string? output = null, string? baseUrl = null, bool drafts = false) =>
        SiteBuilder.Build(new BuildOptions(Root, output ?? Output, baseUrl, drafts));

    public string ReadOutput(string sitePath, string? output = null) =>
        File.ReadAllText(Path.Combine(output ?? Output, sitePath.EndsWith('/') || sitePath.Length == 0 ? sitePath + "index.html" : sitePath));

    public IHtmlDocument Page(string sitePath, string? output = null) => new HtmlParser().ParseDocument(ReadOutput(sitePath, output));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
