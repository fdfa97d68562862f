using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace StaticPlans.BrowserTests;

/// <summary>
/// WCAG 2.1 AA as a reader meets it: axe-core on one page of every type (in the normal and the elder-friendly
/// mode), the search page by keyboard alone, the 适老化 toggle, and reflow at 320 and 640 CSS px (1280 px at 400% and 200% zoom).
/// </summary>
public sealed class AccessibilityTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    /// <summary>One page of every type the theme renders; the search page with results on screen.</summary>
    public static TheoryData<string> PageTypes =>
    [
        "",
        "plans/2024/2024-plan/",
        "years/",
        "years/2024/",
        "topics/",
        "topics/equity-aid/",
        "kinds/summary/",
        "search/?q=" + Uri.EscapeDataString("学前教育"),
        "404.html",
    ];

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Axe_finds_no_WCAG_21_AA_violation(string path)
    {
        // On a desktop and on a phone: tables that scroll on their own only do so at the narrow width.
        foreach (var width in new[] { 1280, 320 })
        {
            await using var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
            var page = await context.NewPageAsync();
            foreach (var elder in new[] { false, true })
            {
                await Open(page, path, elder);
                var violations = await RunAxe(page);
                Assert.True(violations == "[]", $"{path} at {width} px ({(elder ? "elder mode" : "normal")}): {violations}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Pages_reflow_without_horizontal_scrolling_at_320_and_640_px(string path)
    {
        foreach (var width in new[] { 320, 640 })
        {
            await using var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 800 } });
            var page = await context.NewPageAsync();
            foreach (var elder in new[] { false, true })
            {
                await Open(page, path, elder);
                var overflow = await page.EvaluateAsync<int[]>(
                    "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                Assert.True(overflow[0] <= overflow[1],
                    $"{path} at {width} px{(elder ? " in elder mode" : "")} scrolls sideways: content {overflow[0]} px wide. Widest: " +
                    await page.EvaluateAsync<string>(WidestElementScript));
            }
        }
    }

    [Fact]
    public async Task The_keyboard_alone_reaches_search_facets_and_a_result()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.Url(""));

        await TabUntil(page, "document.activeElement.id === 'search-q'");
        await page.Keyboard.TypeAsync("学前教育");
        await page.Keyboard.PressAsync("Enter");
        // Expect() polls the address; WaitForURLAsync can miss a navigation that commits while it subscribes.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/search/\\?q="), UrlWait);
        await page.Locator("#search-results > li").First.WaitForAsync();
        var before = await page.Locator("#search-results > li").CountAsync();

        await TabUntil(page, "document.activeElement.closest('#search-facets') !== null");
        var facet = (await page.EvaluateAsync<string>("() => document.activeElement.textContent"))!;
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("(year|topic|kind)="), UrlWait);
        await page.WaitForFunctionAsync("() => document.activeElement.getAttribute('aria-current') === 'true'");
        Assert.Equal(facet.Split(' ')[0], (await page.EvaluateAsync<string>("() => document.activeElement.textContent"))!.Split(' ')[0]);
        Assert.True(await page.Locator("#search-results > li").CountAsync() <= before);

        // The facets come before the results (they are drawn above them on a phone): Tab goes on into the results,
        // and Enter follows a link to its section.
        await TabUntil(page, "document.activeElement.classList.contains('search-section-link')");
        var href = (await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"))!;
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(href) + "$"), UrlWait);
        Assert.Contains("/plans/plans/", page.Url);
    }

    [Fact]
    public async Task The_elder_friendly_mode_enlarges_text_and_persists_across_pages()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.Url(""));
        var toggle = page.Locator("#elder-toggle");
        var normalSize = await BodyFontSize(page);
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));

        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.True(await BodyFontSize(page) >= normalSize * 1.2, "elder mode should enlarge text by at least 20%");

        await page.GotoAsync(site.Server.Url("plans/2024/2024-plan/"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('elder')"));
        Assert.Equal("true", await page.Locator("#elder-toggle").GetAttributeAsync("aria-pressed"));
        Assert.True(await BodyFontSize(page) >= normalSize * 1.2);
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).color"));

        await page.Locator("#elder-toggle").ClickAsync();
        await page.GotoAsync(site.Server.Url("years/"));
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('elder')"));
        Assert.Equal(normalSize, await BodyFontSize(page));
    }

    [Fact]
    public async Task Without_JavaScript_the_elder_toggle_is_not_offered()
    {
        await using var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.Url(""));
        Assert.False(await page.Locator("#elder-toggle").IsVisibleAsync());
        Assert.True(await page.Locator(".site-nav").IsVisibleAsync());
    }

    private static readonly PageAssertionsToHaveURLOptions UrlWait = new() { Timeout = 30_000 };

    private const string WidestElementScript = """
        () => {
          let widest = null;
          for (const e of document.body.querySelectorAll('*')) {
            const r = e.getBoundingClientRect();
            if (r.right > document.documentElement.clientWidth + 0.5 && (!widest || r.right > widest.r)) widest = { r: r.right, e };
          }
          return widest ? widest.e.tagName.toLowerCase() + '.' + widest.e.className + ' right=' + Math.round(widest.r) : 'none';
        }
        """;

    private async Task Open(IPage page, string path, bool elder)
    {
        await page.GotoAsync(site.Server.Url(""));
        await page.EvaluateAsync($"() => localStorage.setItem('sp-elder', '{(elder ? "1" : "0")}')");
        await page.GotoAsync(site.Server.Url(path));
        if (path.StartsWith("search/", StringComparison.Ordinal))
        {
            await page.Locator("#search-results > li").First.WaitForAsync();
            // On a narrow screen the facets are behind the 筛选 control: open it, so they are checked too.
            var filter = page.Locator("#search-filter summary");
            if (await filter.IsVisibleAsync())
            {
                await filter.ClickAsync();
            }

            await page.Locator("#search-facets a").First.WaitForAsync();
        }

        Assert.Equal(elder, await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('elder')"));
    }

    private static async Task<string> RunAxe(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = AxeScript.Path });
        return await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return JSON.stringify(result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary) })));
            }
            """);
    }

    private static async Task TabUntil(IPage page, string condition, string key = "Tab")
    {
        for (var presses = 0; presses < 80; presses++)
        {
            await page.Keyboard.PressAsync(key);
            if (await page.EvaluateAsync<bool>($"() => {condition}"))
            {
                return;
            }
        }

        Assert.Fail($"80 presses of {key} never reached: {condition}");
    }

    private static Task<double> BodyFontSize(IPage page) =>
        page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.body).fontSize)");
}
