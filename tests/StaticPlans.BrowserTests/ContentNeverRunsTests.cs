using Microsoft.Playwright;

namespace StaticPlans.BrowserTests;

/// <summary>
/// Content never runs, checked in Chromium on every kind of page of <see cref="PayloadSiteFixture"/>: no payload's
/// script runs (on load, on hover, on focus, on click), no dialog opens, no page error is raised, and no element
/// carries an event handler attribute or a javascript:, vbscript: or data: URL.
/// </summary>
public sealed class ContentNeverRunsTests(PayloadSiteFixture site) : IClassFixture<PayloadSiteFixture>, IAsyncLifetime
{
    private readonly List<string> _events = [];
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    // Defined before any script of the page: payloads call __pwned; alert, confirm and prompt are payloads' favourites.
    private const string Hooks = """
        window.__ran = [];
        window.__pwned = function (tag) { window.__ran.push(String(tag)); };
        window.alert = window.confirm = window.prompt = function (m) { window.__ran.push('dialog:' + m); };
        """;

    // Every attribute of every element, as the browser parsed them. A URL is read as the browser reads it: without
    // spaces and control characters. meta content is text, not a URL.
    private const string DomCheck = """
        () => {
          const bad = [];
          for (const el of document.querySelectorAll('*')) {
            for (const a of el.attributes) {
              const name = a.name.toLowerCase();
              const value = a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
              if (name.startsWith('on') || name === 'autofocus' || name === 'formaction' || name === 'srcdoc'
                  || (name === 'style' && /url\(|expression|script/.test(value))
                  || (!(el.localName === 'meta' && name === 'content') && /^(javascript|vbscript|data):/.test(value)))
                bad.push('<' + el.localName + ' ' + a.name + '="' + a.value + '">');
            }
            if (['iframe', 'object', 'embed', 'svg', 'math', 'base', 'frame'].includes(el.localName))
              bad.push('<' + el.localName + '> element');
            if (el.localName === 'img' && !/\/x\.png$/.test(el.getAttribute('src') || ''))
              bad.push('<img src="' + el.getAttribute('src') + '">');
          }
          for (const s of document.querySelectorAll('script')) {
            const own = s.type === 'application/ld+json' || /\/assets\/(site|search)\.js$/.test(s.src)
              || (!s.src && s.text.includes('sp-elder') && !s.text.includes('__pwned'));
            if (!own) bad.push('<script src="' + s.src + '">' + s.text.slice(0, 80));
          }
          return bad;
        }
        """;

    public async Task InitializeAsync()
    {
        _context = await site.Browser.NewContextAsync();
        await _context.AddInitScriptAsync(Hooks);
        _page = await _context.NewPageAsync();
        _page.Dialog += async (_, dialog) =>
        {
            _events.Add("dialog: " + dialog.Message);
            await dialog.DismissAsync();
        };
        _page.PageError += (_, error) => _events.Add("page error: " + error);
        _page.Console += (_, message) =>
        {
            if (message.Type is "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                _events.Add("console: " + message.Text + " @ " + message.Location);
            }
        };
        _page.Popup += (_, popup) => _events.Add("popup: " + popup.Url);
    }

    public async Task DisposeAsync() => await _context.CloseAsync();

    private async Task AssertNothingRan(string where)
    {
        var ran = await _page.EvaluateAsync<string[]>("() => window.__ran || []");
        var bad = await _page.EvaluateAsync<string[]>(DomCheck);
        Assert.True(ran.Length == 0 && bad.Length == 0 && _events.Count == 0,
            $"{where}:\nran: {string.Join(", ", ran)}\nin the DOM: {string.Join("\n", bad)}\nevents: {string.Join("\n", _events)}");
    }

    private async Task Visit(string sitePath)
    {
        var response = await _page.GotoAsync(site.Server.Url(sitePath));
        Assert.Equal(200, response?.Status);
        await _page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    [Theory]
    [InlineData("")]
    [InlineData(PayloadSiteFixture.PlanPath)]
    [InlineData("years/")]
    [InlineData("years/2024/")]
    [InlineData("topics/")]
    [InlineData("topics/preschool/")]
    [InlineData("topics/safety/")]
    [InlineData("search/")]
    [InlineData("404.html")]
    public async Task No_payload_runs_or_stays_in_the_DOM_of_a_page(string sitePath)
    {
        await Visit(sitePath);
        await AssertNothingRan(sitePath);
        // The payloads are shown as the text an editor wrote.
        if (sitePath == PayloadSiteFixture.PlanPath)
        {
            Assert.Equal(PayloadSiteFixture.Payload("title"), (await _page.Locator("h1").InnerTextAsync()).Trim());
        }
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("topics/preschool/feed.xml")]
    [InlineData("sitemap.xml")]
    public async Task No_payload_runs_or_becomes_markup_in_a_feed_as_the_browser_shows_it(string sitePath)
    {
        await Visit(sitePath);
        await AssertNothingRan(sitePath);
        // Chromium shows a bare feed through its XML viewer (its own markup, in HTML); the feed as served is read here.
        var served = await _context.APIRequest.GetAsync(site.Server.Url(sitePath));
        var xml = await served.TextAsync();
        var names = new List<string>();
        var texts = new System.Text.StringBuilder();
        using (var reader = System.Xml.XmlReader.Create(new StringReader(xml), new() { DtdProcessing = System.Xml.DtdProcessing.Prohibit }))
        {
            while (reader.Read())
            {
                if (reader.NodeType == System.Xml.XmlNodeType.Element) names.Add(reader.LocalName);
                if (reader.NodeType == System.Xml.XmlNodeType.Text) texts.Append(reader.Value);
            }
        }

        Assert.DoesNotContain(names, n => n is "script" or "img" or "svg" or "iframe");
        if (sitePath.EndsWith("feed.xml", StringComparison.Ordinal))
        {
            Assert.Contains(PayloadSiteFixture.Payload("title"), texts.ToString());
            Assert.Contains(PayloadSiteFixture.Payload("summary"), texts.ToString());
        }
    }

    [Fact]
    public async Task Hovering_focusing_and_clicking_everything_on_the_plan_page_runs_nothing()
    {
        await Visit(PayloadSiteFixture.PlanPath);
        var body = _page.Locator(".plan-body");
        foreach (var target in await body.Locator("h2, h3, img, td, pre, p").AllAsync())
        {
            await target.HoverAsync();
        }

        await _page.Keyboard.PressAsync("Tab");
        await AssertNothingRan("after hovering");

        // Where the unsafe links were, their text is left: clicking it does nothing.
        foreach (var text in new[] { "点js", "点vb", "点data", "点tab", "点case", "点空格", "点冒号", "定义", "脚注链接", "表格链接" })
        {
            await _page.GetByText(text, new() { Exact = false }).First.ClickAsync();
            Assert.Equal(site.Server.Url(PayloadSiteFixture.PlanPath), _page.Url.Split('#')[0]);
        }

        await AssertNothingRan("after clicking the text of unsafe links");

        // Every link that is left goes somewhere harmless; follow each and come back.
        var links = await body.Locator("a[href]").AllAsync();
        Assert.NotEmpty(links);
        for (var i = 0; i < links.Count; i++)
        {
            var link = body.Locator("a[href]").Nth(i);
            var href = await link.GetAttributeAsync("href");
            await link.ClickAsync();
            await _page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await AssertNothingRan($"after clicking {href}");
            if (_page.Url.Split('#')[0] != site.Server.Url(PayloadSiteFixture.PlanPath))
            {
                await _page.GoBackAsync();
                await _page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            }
        }
    }

    [Fact]
    public async Task Searching_for_the_plan_shows_its_payloads_as_text_and_runs_nothing()
    {
        await _page.GotoAsync(site.Server.Url("search/?q=" + Uri.EscapeDataString(PayloadSiteFixture.SearchWord)));
        var hits = _page.Locator("#search-results > li");
        await hits.First.WaitForAsync();
        await _page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await AssertNothingRan("search results");
        Assert.Contains(PayloadSiteFixture.Payload("title"), await hits.First.InnerTextAsync());
        foreach (var facet in await _page.Locator("[data-facet]").AllAsync())
        {
            await facet.HoverAsync();
        }

        await hits.First.Locator("a[href]").First.ClickAsync();
        await _page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("/plans/2024/payload-plan/", Uri.UnescapeDataString(_page.Url));
        await AssertNothingRan("the plan page reached from search");
    }
}
