using Microsoft.Playwright;
using StaticPlans.Building;

namespace StaticPlans.BrowserTests;

/// <summary>
/// A site whose every field carries script: site.yml (title, bureau, language, kind and topic names, a base path with
/// a quote), every front matter field of a plan, and its body in every Markdown construct (generic attributes on
/// headings, images and links; javascript:, vbscript: and data: URLs in links, images, autolinks, reference
/// definitions, footnotes and tables, spelt in the ways browsers still read as script; raw HTML). Each payload calls
/// <c>__pwned(tag)</c>, which the tests define before any page script runs, so a payload that runs is named.
/// </summary>
public sealed class PayloadSiteFixture : IAsyncLifetime
{
    public const string BasePath = "/pl'an/";
    public const string PlanPath = "plans/2024/payload-plan/";

    /// <summary>The word the search test looks for: it is in the plan's text only.</summary>
    public const string SearchWord = "载荷测试";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "sp-payload-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public StaticSiteServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string Output => Path.Combine(_root, "public");

    /// <summary>Breaks out of text, double- and single-quoted attributes and script strings, then runs script three ways.</summary>
    public static string Payload(string tag) =>
        $"\"'></title></textarea></script><script>__pwned('{tag}-script')</script><img src=x onerror=\"__pwned('{tag}-img')\"><svg onload=__pwned('{tag}-svg')>{tag}";

    /// <summary>A YAML single-quoted scalar: nothing in it is YAML syntax.</summary>
    private static string Yaml(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    public async Task InitializeAsync()
    {
        if (!File.Exists(SampleSiteFixture.ChromiumPath))
        {
            throw new InvalidOperationException($"{SampleSiteFixture.ChromiumPath} is missing: run scripts/ensure-chromium.sh (never `playwright install`).");
        }

        Write("site.yml", $"""
            title: {Yaml(Payload("site-title"))}
            base_url: https://example.gov.cn{BasePath}
            language: {Yaml("zh-CN\" onmouseover=\"__pwned('lang')")}
            bureau: {Yaml(Payload("site-bureau"))}
            kinds: {"{"} plan: {Yaml(Payload("kind-name"))} {"}"}
            topics:
              - {"{"} slug: preschool, name: {Yaml(Payload("topic-name"))}, keywords: [学前教育] {"}"}
              - {"{"} slug: safety, name: {Yaml(Payload("topic2-name"))}, keywords: [校园安全] {"}"}
            """ + "\n");
        File.WriteAllBytes(Path.Combine(Directory.CreateDirectory(Path.Combine(_root, "static")).FullName, "x.png"),
            Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
        var dataHtml = "data:text/html;base64," + Convert.ToBase64String("<script>parent.__pwned('data-url')</script>"u8.ToArray());
        Write("content/plans/2024/payload-plan.md", $"""
            ---
            title: {Yaml(Payload("title"))}
            year: 2024
            kind: plan
            date: 2024-02-01
            bureau: {Yaml(Payload("bureau"))}
            doc_no: {Yaml(Payload("doc-no"))}
            index_no: {Yaml(Payload("index-no"))}
            summary: {Yaml(Payload("summary"))}
            topics: [preschool, safety]
            slug: payload-plan
            ---
            {SearchWord}：学前教育 <script>__pwned('raw-script')</script> <img src=x onerror="__pwned('raw-img')"> <a href="javascript:__pwned('raw-a')">原始链接</a>

            ## 一、学前教育 {"{"}#goal .lead onmouseover="__pwned('heading')" style="background:url(javascript:__pwned('style'))"{"}"}

            幼儿园建设。![校舍](/x.png){"{"}onerror="__pwned('image-attr')"{"}"} [年度](/years/2024/){"{"}autofocus onfocus="__pwned('autofocus')"{"}"}

            [点js](javascript:__pwned('link')) [点vb](vbscript:__pwned('vb')) [点data]({dataHtml})
            [点tab](java&#x09;script:__pwned('tab')) [点case](JaVaScRiPt:__pwned('case')) [点空格](< javascript:__pwned('space')>)
            [点冒号](javascript&#58;__pwned('colon')) ![图js](javascript:__pwned('img-src')) ![图data](data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iX19wd25lZCgnc3ZnLWRhdGEnKSIvPg==)

            自动链接 <javascript:__pwned('autolink')> 和 <vbscript:__pwned('autolink-vb')> 和 <data:text/html,x>。

            ## 二、校园安全

            引用[定义][r]和[定义2]，脚注[^1]。

            [r]: javascript:__pwned('refdef')
            [定义2]: <java&#x0A;script:__pwned('refdef2')>

            [^1]: 见[脚注链接](javascript:__pwned('footnote'))。

            | 项目 | 链接 |
            |---|---|
            | 安全 {"{"}onclick="__pwned('cell')"{"}"} | [表格链接](javascript:__pwned('table')) ![表图]({dataHtml}) |

            ```text {"{"}onclick="__pwned('code')"{"}"}
            <script>__pwned('code-text')</script>
            ```
            """ + "\n");

        var result = SiteBuilder.Build(new BuildOptions(_root, Output));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The payload site did not build: " + string.Join("\n", result.Diagnostics));
        }

        Server = new StaticSiteServer(Output, BasePath);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = SampleSiteFixture.ChromiumPath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        Server.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
