using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticPlans.Diagnostics;
using StaticPlans.Model;
using static StaticPlans.Tests.DiagnosticAssert;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Model;

/// <summary>Content never runs: generic attributes keep only id and class, and URLs with a scripting scheme are not linked.</summary>
public sealed class InertContentTests : IDisposable
{
    private readonly TestSite _site = new();
    private const string File = "content/plans/2024/p.md";

    public void Dispose() => _site.Dispose();

    // WritePlan's front matter is lines 1-5, the fence line 6, a blank line 7: the body starts on line 8.

    private (IReadOnlyList<Diagnostic> Diagnostics, IElement Body) Build(string body)
    {
        _site.WritePlan("p", body);
        var result = _site.Generate();
        var page = result.Files.Single(f => f.Path == "plans/2024/p/index.html");
        var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(page.Bytes));
        return (result.Diagnostics, document.QuerySelector(".plan-body")!);
    }

    /// <summary>What a browser would run: an on* attribute, style, or a URL whose scheme (as the browser reads it) scripts.</summary>
    private static void AssertInert(IElement body)
    {
        foreach (var element in body.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name == "style" || attribute.Name == "autofocus",
                    $"<{element.LocalName}> carries {attribute.Name}=\"{attribute.Value}\"");
                var squeezed = new string(attribute.Value.Where(c => c > ' ').ToArray()).ToLowerInvariant();
                Assert.False(squeezed.StartsWith("javascript:") || squeezed.StartsWith("vbscript:") || squeezed.StartsWith("data:"),
                    $"<{element.LocalName}> carries {attribute.Name}=\"{attribute.Value}\"");
            }
        }
    }

    [Fact]
    public void A_heading_keeps_its_id_and_class_and_loses_event_handlers_and_style_with_a_warning_each()
    {
        var (diagnostics, body) = Build("## 一、总体要求 {#goal .lead onmouseover=alert(1) style=\"color:red\"}\n\n校园安全。\n");
        AssertInert(body);
        var heading = body.QuerySelector("h2")!;
        Assert.Equal("goal", heading.Id);
        Assert.Contains("lead", heading.ClassList);
        var warnings = diagnostics.Where(d => d.Code == DiagnosticCodes.AttributeDropped).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, d => Assert.Equal((File, 8, Severity.Warning), (d.File, d.Line, d.Severity)));
        Assert.Contains(warnings, d => d.Message.Contains("'onmouseover'"));
        Assert.Contains(warnings, d => d.Message.Contains("'style'"));
    }

    [Theory]
    [InlineData("![校舍](https://example.gov.cn/x.png){onerror=alert(2)}")]
    [InlineData("[通知](https://example.gov.cn/){autofocus onfocus=alert(3)}")]
    [InlineData("```text {onclick=alert(4)}\n代码\n```")]
    public void Event_handlers_on_images_links_and_code_blocks_are_dropped(string markdown)
    {
        var (diagnostics, body) = Build("## 一、总体要求\n\n校园安全。\n\n" + markdown + "\n");
        AssertInert(body);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.AttributeDropped && d.File == File && d.Line == 12);
    }

    public static TheoryData<string> Payloads() => new()
    {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java&#x09;script:alert(1)",
        "java&#10;script:alert(1)",
        "&#x20;javascript:alert(1)",
        "&#1;javascript:alert(1)",
        "javascript&#58;alert(1)",
        "javascript&colon;alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:image/svg+xml,%3Csvg%20onload=alert(1)%3E",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_link_with_a_scripting_url_is_shown_as_its_text_with_a_warning_at_the_link(string url)
    {
        var (diagnostics, body) = Build($"## 一、总体要求\n\n校园安全，见[点击此处](<{url}>)。\n");
        AssertInert(body);
        Assert.Empty(body.QuerySelectorAll("p a"));
        Assert.Contains("见点击此处。", body.TextContent);
        var d = Single(diagnostics, DiagnosticCodes.UnsafeUrl, File, 10, 7, Severity.Warning);
        Assert.Contains("shown as text", d.Message);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void An_image_with_a_scripting_url_is_shown_as_its_alt_text(string url)
    {
        var (diagnostics, body) = Build($"## 一、总体要求\n\n校园安全。\n\n![校舍照片](<{url}>)\n");
        AssertInert(body);
        Assert.Empty(body.QuerySelectorAll("img"));
        Assert.Contains("校舍照片", body.TextContent);
        Single(diagnostics, DiagnosticCodes.UnsafeUrl, File, 12, 1, Severity.Warning);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_reference_definition_with_a_scripting_url_links_nothing(string url)
    {
        var (diagnostics, body) = Build($"## 一、总体要求\n\n校园安全，见[通知][r]和[通知]。\n\n[r]: <{url}>\n[通知]: <{url}>\n");
        AssertInert(body);
        Assert.Empty(body.QuerySelectorAll("p a"));
        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.UnsafeUrl && d.Line == 10));
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Links_in_footnotes_and_table_cells_with_a_scripting_url_link_nothing(string url)
    {
        var (diagnostics, body) = Build(
            $"## 一、总体要求\n\n校园安全[^1]。\n\n| 项目 | 说明 |\n|---|---|\n| 安全 | [细则](<{url}>) |\n\n[^1]: 见[附件](<{url}>)。\n");
        AssertInert(body);
        Assert.DoesNotContain(body.QuerySelectorAll("a"), a => a.TextContent is "细则" or "附件");
        Assert.Contains("细则", body.QuerySelector("table")!.TextContent);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnsafeUrl && d.Line == 14);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnsafeUrl && d.Line == 16);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("VBSCRIPT:msgbox(1)")]
    [InlineData("data:text/html,x")]
    public void An_autolink_with_a_scripting_scheme_is_plain_text(string url)
    {
        var (diagnostics, body) = Build($"## 一、总体要求\n\n校园安全 <{url}> 结束。\n");
        AssertInert(body);
        Assert.Empty(body.QuerySelectorAll("p a"));
        Assert.Contains(url, body.TextContent);
        Single(diagnostics, DiagnosticCodes.UnsafeUrl, File, 10, 6, Severity.Warning);
    }

    [Fact]
    public void Relative_urls_fragments_and_the_allowed_schemes_stay_links_without_warnings()
    {
        var (diagnostics, body) = Build("## 一、总体要求\n\n校园安全：[a](https://example.gov.cn/)、[b](http://example.gov.cn/)、[c](mailto:edu@example.gov.cn)、"
            + "[d](tel:0871-1234567)、[e](#s1)、[f](//example.gov.cn/x)、[g](附件.pdf)、<https://example.gov.cn/y>、 www.example.gov.cn 。\n");
        Assert.Equal(9, body.QuerySelectorAll("p a").Length);
        Assert.DoesNotContain(diagnostics, d => d.Code is DiagnosticCodes.UnsafeUrl or DiagnosticCodes.AttributeDropped);
    }

    [Theory]
    [InlineData("javascript:x", "javascript")]
    [InlineData("\u0001 javascript:x", "javascript")]
    [InlineData(" \tJAVA\nSCRIPT:x", "javascript")]
    [InlineData("java\rscript:x", "javascript")]
    [InlineData("java&#x09;script:x", "javascript")]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("HTTPS://example.gov.cn/", null)]
    [InlineData("mailto:a@b.cn", null)]
    [InlineData("/plans/2024/x/", null)]
    [InlineData("a/b:c", null)]
    [InlineData("#s1", null)]
    [InlineData("java\u0000script:x", null)] // a NUL is not removed by browsers: this is a relative path
    public void The_scheme_is_read_as_a_browser_reads_it(string url, string? expected)
    {
        Assert.Equal(expected, InertContent.UnsafeScheme(url));
    }
}
