using System.Text.RegularExpressions;
using StaticPlans.Diagnostics;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Building;

/// <summary>
/// The hand-cleaned real documents (../shared/real-docs/clean/) in a site of their own: what bureaus actually publish
/// must build without a warning, and each warning a real document can still get must point at a real mistake.
/// </summary>
public class RealDocumentSiteTests
{
    private const string SiteYml = """
        title: 真实文档测试
        base_url: https://edu.example.gov.cn/plans/
        bureau: 测试县教育局
        kinds: { plan: 工作计划, summary: 工作总结, key-points: 工作要点, summary-plan: 工作总结和计划 }
        topics:
          - { slug: preschool, name: 学前教育, keywords: [学前教育, 幼儿园] }
          - { slug: vocational, name: 职业教育, keywords: [职业教育, 中职] }
          - { slug: teachers, name: 教师队伍建设, keywords: [教师队伍, 教师培训, 师德] }
          - { slug: safety, name: 校园安全, keywords: [校园安全, 安全] }
        """;

    [Fact]
    public void The_hand_cleaned_real_documents_build_with_no_error_and_no_warning()
    {
        using var site = SiteOf(RealDocs.Names().ToDictionary(n => n, RealDocs.Clean));
        var result = site.Build();
        Assert.True(result.Succeeded);
        Assert.Equal(RealDocs.Names().Count, result.PlanCount);
        Assert.Empty(result.Diagnostics);
    }

    public static TheoryData<string, string, string, string> Mistakes() => new()
    {
        // A key point left out: (十一) follows (九).
        { "003_9d74dbb27e5e2284", @"(?m)^### \(十\).*\n", "", DiagnosticCodes.NumberingSkip },
        // A last item numbered one too far: (六) after (四).
        { "004_63fd147aa4140104", @"### \(五\)", "### (六)", DiagnosticCodes.NumberingSkip },
        // A summary signed in July of the year after the year it sums up.
        { "002_d338a8111b9f731b", @"(?m)^year: 2012$", "year: 2011", DiagnosticCodes.DateYearMismatch },
        // A heading whose text was lost.
        { "004_63fd147aa4140104", @"(?m)(^## 一、指导思想\n)\n.*\n", "$1", DiagnosticCodes.EmptySection },
        // A misspelt front matter key.
        { "003_9d74dbb27e5e2284", @"(?m)^date:", "dates: 2023-02-15\ndate:", DiagnosticCodes.UnknownKey },
        // A link to a section that does not exist.
        { "002_d338a8111b9f731b", @"(?m)^## 二、下一步工作打算$", "## 二、下一步工作打算\n\n见[第三部分](#s3)。", DiagnosticCodes.BrokenAnchor },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_real_mistake_in_a_real_document_gives_its_one_warning(string name, string pattern, string replacement, string code)
    {
        var documents = RealDocs.Names().ToDictionary(n => n, RealDocs.Clean);
        var changed = Regex.Replace(documents[name], pattern, replacement, RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.NotEqual(documents[name], changed);
        documents[name] = changed;
        using var site = SiteOf(documents);
        var result = site.Build();
        Assert.True(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Contains(name, diagnostic.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_document_that_names_none_of_the_sites_topics_gives_its_one_warning()
    {
        // A site whose only topic is 教育数字化: the half-year summary never names it (the others do).
        var siteYml = Regex.Replace(SiteYml, @"(?ms)^topics:.*", "topics:\n  - { slug: digital, name: 教育数字化, keywords: [数字化, 信息化] }\n");
        using var site = SiteOf(RealDocs.Names().ToDictionary(n => n, RealDocs.Clean), siteYml);
        var result = site.Build();
        Assert.True(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.NoTopic, diagnostic.Code);
        Assert.Contains("002_d338a8111b9f731b", diagnostic.File, StringComparison.Ordinal);
    }

    private static TestSite SiteOf(IReadOnlyDictionary<string, string> documents, string siteYml = SiteYml)
    {
        var site = new TestSite(siteYml);
        foreach (var (name, text) in documents)
        {
            var year = Regex.Match(text, @"(?m)^year: (\d{4})").Groups[1].Value;
            site.Write($"content/plans/{year}/{name}.md", text);
        }
        return site;
    }
}
