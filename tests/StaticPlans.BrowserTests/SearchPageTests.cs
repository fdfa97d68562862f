using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace StaticPlans.BrowserTests;

public sealed class SearchPageTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>, IAsyncLifetime
{
    private readonly List<string> foreignRequests = [];
    private readonly List<string> consoleErrors = [];
    private IBrowserContext context = null!;
    private IPage page = null!;

    public async Task InitializeAsync()
    {
        context = await site.Browser.NewContextAsync();
        page = await context.NewPageAsync();
        page.Request += (_, request) =>
        {
            var uri = new Uri(request.Url);
            if (uri.Scheme is "http" or "https" && (uri.Host != "127.0.0.1" || uri.Port != site.Server.Port))
            {
                foreignRequests.Add(request.Url);
            }
        };
        page.Console += (_, message) =>
        {
            // Chromium probes /favicon.ico on its own; the theme has no icon, which is not a page error.
            if (message.Type is "error" or "warning" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                consoleErrors.Add(message.Text + " @ " + message.Location);
            }
        };
        page.PageError += (_, error) => consoleErrors.Add(error);
    }

    public async Task DisposeAsync()
    {
        Assert.True(foreignRequests.Count == 0, string.Join("\n", foreignRequests));
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
        await context.CloseAsync();
    }

    private ILocator Hits => page.Locator("#search-results > li");

    private async Task TypeQuery(string query)
    {
        await page.GotoAsync(site.Server.Url("search/"));
        await page.Locator("#search-q").FillAsync(query);
        await Hits.First.WaitForAsync();
    }

    [Fact]
    public async Task Typing_a_query_shows_grouped_results_with_highlighted_snippets()
    {
        await TypeQuery("学前教育");
        Assert.True(await Hits.CountAsync() >= 2);
        var first = Hits.First;
        Assert.NotEmpty(await first.Locator(".search-hit-title a").InnerTextAsync());
        Assert.Matches(@"20\d\d年", await first.Locator(".plan-meta").InnerTextAsync());
        // The phrase is marked where it occurs: in the section heading or in the snippet.
        Assert.Contains("学前教育", await first.Locator(".search-section").First.Locator("mark").AllInnerTextsAsync());
        Assert.Matches("找到 \\d+ 篇", await page.Locator("#search-status").InnerTextAsync());
        Assert.Contains("q=%E5%AD%A6%E5%89%8D%E6%95%99%E8%82%B2", page.Url);
    }

    [Fact]
    public async Task A_result_leads_to_its_section()
    {
        await TypeQuery("经费保障");
        var link = Hits.First.Locator(".search-section-link").First;
        string heading = await link.InnerTextAsync();
        string href = (await link.GetAttributeAsync("href"))!;
        Assert.StartsWith("/plans/plans/", href);
        Assert.Contains("#s", href);
        await link.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#s"));
        string anchor = new Uri(page.Url).Fragment[1..];
        Assert.Equal(heading, (await page.Locator($"[id='{anchor}']").InnerTextAsync()).Trim().TrimEnd('#', '¶', ' ').Trim());
    }

    [Fact]
    public async Task A_facet_narrows_the_results_and_back_undoes_it()
    {
        await TypeQuery("学前教育");
        int before = await Hits.CountAsync();
        var yearFacet = page.Locator("#search-facets a", new() { HasText = "2022年" });
        await yearFacet.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("year=2022"));
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#search-results .plan-meta')].every(m => m.textContent.includes('2022年'))");
        Assert.True(await Hits.CountAsync() <= before);
        Assert.Equal("true", await page.Locator("#search-facets a[aria-current]").First.GetAttributeAsync("aria-current"));

        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^(?!.*year=)"));
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('#search-results > li').length === {before}");
    }

    [Fact]
    public async Task Traditional_and_simplified_queries_find_each_other()
    {
        await TypeQuery("學前教育普及普惠");
        var simplifiedHits = await Hits.Locator(".search-hit-title a").AllInnerTextsAsync();
        Assert.Contains(simplifiedHits, t => t.Contains("2022年工作要點", StringComparison.Ordinal));

        await TypeQuery("学前教育普及普惠");
        Assert.Contains(await Hits.Locator(".search-hit-title a").AllInnerTextsAsync(), t => t.Contains("2022年工作要點", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_shared_link_restores_query_and_facets()
    {
        await page.GotoAsync(site.Server.Url("search/?q=" + Uri.EscapeDataString("教师") + "&kind=summary"));
        await Hits.First.WaitForAsync();
        Assert.Equal("教师", await page.Locator("#search-q").InputValueAsync());
        Assert.All(await Hits.Locator(".kind").AllInnerTextsAsync(), kind => Assert.Contains("总结", kind));
    }

    [Fact]
    public async Task The_home_page_box_leads_to_search()
    {
        await page.GotoAsync(site.Server.Url(""));
        await page.Locator("#search-q").FillAsync("课后服务");
        await page.Locator("#search-q").PressAsync("Enter");
        // Expect() polls the address: WaitForURLAsync can miss a navigation that commits while it subscribes.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/plans/search/\\?q="));
        await Hits.First.WaitForAsync();
    }

    [Fact]
    public async Task On_a_wide_screen_the_facets_start_beside_the_first_result()
    {
        await page.SetViewportSizeAsync(1280, 900);
        await TypeQuery("学前教育");
        await page.Locator("#search-facets a").First.WaitForAsync();
        // The layout wraps in reverse (facets above results on a phone), which also flips where flex-start is.
        var facets = (await page.Locator("#search-facets").BoundingBoxAsync())!;
        var results = (await page.Locator("#search-results").BoundingBoxAsync())!;
        Assert.True(facets.X > results.X + results.Width, "the facets should be a column to the right of the results");
        Assert.InRange(facets.Y, 0, results.Y + 60);
    }

    [Fact]
    public async Task A_query_downloads_only_the_parts_of_the_index_it_needs()
    {
        site.Server.Requests.Clear();
        await TypeQuery("学前教育");
        var searchFiles = site.Server.Requests.Where(p => p.StartsWith("/plans/search/", StringComparison.Ordinal) && p.EndsWith(".bin", StringComparison.Ordinal)).ToList();
        // Three bigrams: at most three dictionary shards, never the whole dictionary.
        Assert.InRange(searchFiles.Count(p => p.Contains("/dict/", StringComparison.Ordinal)), 1, 3);
    }

    public static TheoryData<string, int, string[]> QualityQueries()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "site.yml")))
        {
            dir = dir.Parent;
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir.FullName, "tests", "search-queries.json")));
        var data = new TheoryData<string, int, string[]>();
        foreach (var q in json.RootElement.GetProperty("queries").EnumerateArray())
        {
            data.Add(q.GetProperty("query").GetString()!, q.GetProperty("within").GetInt32(), q.GetProperty("expect").EnumerateArray().Select(e => e.GetString()!).ToArray());
        }

        return data;
    }

    /// <summary>The quality suite once more, through the page citizens use: typed into the box, read off the drawn results.</summary>
    [Theory]
    [MemberData(nameof(QualityQueries))]
    public async Task The_page_ranks_the_expected_sections_near_the_top(string query, int within, string[] expected)
    {
        await TypeQuery(query);
        var hits = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#search-results > li')].map(li => {
              const href = li.querySelector('.search-section-link').getAttribute('href').slice('/plans/'.length);
              return href.includes('#') ? href : href + '#';
            })
            """);
        foreach (string section in expected)
        {
            Assert.Contains(section, hits.Take(within));
        }
    }

    [Fact]
    public async Task A_document_number_copied_with_other_brackets_finds_its_plan_and_says_where_it_matched()
    {
        await TypeQuery("云教[2024]15号");
        Assert.Equal("云溪县教育局2024年工作计划", await Hits.First.Locator(".search-hit-title a").InnerTextAsync());
        Assert.Equal("“云教[2024]15号”见于文号", await Hits.First.Locator(".search-found-in").InnerTextAsync());

        // Terms spread over two sections of one plan find it, shown with both sections.
        await TypeQuery("托班 智慧校园");
        var sections = await Hits.First.Locator(".search-section-link").AllInnerTextsAsync();
        Assert.True(sections.Count >= 2, string.Join(" | ", sections));
    }

    [Fact]
    public async Task On_a_phone_the_first_result_shows_without_scrolling_and_the_facets_fold_behind_one_control()
    {
        await page.SetViewportSizeAsync(390, 844);
        await TypeQuery("学前教育");
        var first = (await Hits.First.Locator(".search-hit-title").BoundingBoxAsync())!;
        Assert.True(first.Y + first.Height <= 844, $"the first result's title ends at y={first.Y + first.Height}");
        Assert.False(await page.Locator("#search-facets").IsVisibleAsync());

        // Tab meets what is drawn in order: the box, the 筛选 control above the results, then the results.
        await page.Locator("#search-q").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("筛选", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#search-facets a").First).ToBeVisibleAsync();
        var facets = (await page.Locator("#search-facets").BoundingBoxAsync())!;
        Assert.True(facets.Y < (await Hits.First.BoundingBoxAsync())!.Y, "open facets are drawn above the results");

        // Choosing one closes nothing and the control names the choice.
        await page.Locator("#search-facets a", new() { HasText = "2024年" }).ClickAsync();
        await Assertions.Expect(page.Locator("#search-filter summary")).ToHaveTextAsync("筛选：2024年");
    }

    [Fact]
    public async Task Facets_follow_site_yml_order_years_newest_first_and_the_chosen_one_looks_chosen()
    {
        await page.SetViewportSizeAsync(1280, 900);
        await TypeQuery("教育");
        await page.Locator("#search-facets a").First.WaitForAsync();
        var topics = await FacetValues("topic");
        string[] siteOrder = ["party-building", "preschool", "compulsory", "high-school", "vocational", "special-education", "teachers", "facilities", "safety", "equity-aid", "digital", "moral-physical-arts"];
        Assert.Equal(siteOrder.Where(topics.Contains), topics);
        var years = (await FacetValues("year")).Select(int.Parse).ToArray();
        Assert.Equal(years.OrderDescending(), years);
        var kinds = await FacetValues("kind");
        string[] kindOrder = ["plan", "summary", "key-points", "summary-plan"];
        Assert.Equal(kindOrder.Where(kinds.Contains), kinds);

        const string Background = "s => getComputedStyle(document.querySelector(s)).backgroundColor";
        string plain = await page.EvaluateAsync<string>(Background, "#search-facets a[data-facet='year=2024']");
        await page.Locator("#search-facets a[data-facet='year=2024']").ClickAsync();
        await page.Locator("#search-facets a[aria-current='true']").WaitForAsync();
        Assert.NotEqual(plain, await page.EvaluateAsync<string>(Background, "#search-facets a[aria-current='true']"));
    }

    [Fact]
    public async Task A_server_that_ignores_ranges_sends_each_index_file_once_per_page()
    {
        site.Server.IgnoreRange = true;
        site.Server.Requests.Clear();
        try
        {
            await TypeQuery("学前教育");
            await page.Locator("#search-q").FillAsync("薄弱学校改造");
            await page.WaitForFunctionAsync("() => document.querySelector('#search-status').textContent.includes('找到') && location.search.includes('%E8%96%84')");
            await page.Locator("#search-q").FillAsync("校园安全");
            await page.WaitForFunctionAsync("() => location.search.includes('%E6%A0%A1')");
            await Hits.First.WaitForAsync();
            var packs = site.Server.Requests.Where(p => p.Contains("/search/post/", StringComparison.Ordinal) || p.Contains("/search/text/", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(packs);
            Assert.Equal(packs.Distinct().Count(), packs.Count);
        }
        finally
        {
            site.Server.IgnoreRange = false;
        }
    }

    [Fact]
    public async Task Without_JavaScript_the_search_page_says_it_needs_it_and_offers_the_year_and_topic_links()
    {
        await using var noScript = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var plain = await noScript.NewPageAsync();
        await plain.GotoAsync(site.Server.Url("search/?q=" + Uri.EscapeDataString("学前教育")));
        await AssertNoJavaScriptFallback(plain);
    }

    [Fact]
    public async Task A_server_that_sends_the_search_modules_with_a_wrong_type_leaves_the_page_as_without_JavaScript()
    {
        // Browsers refuse a module script not sent as JavaScript (docs/deploy.md): the page must not offer a dead box.
        await using var strict = await site.Browser.NewContextAsync();
        var broken = await strict.NewPageAsync();
        await broken.RouteAsync("**/assets/search/*.js", async route =>
        {
            var response = await route.FetchAsync();
            await route.FulfillAsync(new() { Response = response, ContentType = "text/plain" });
        });
        await broken.GotoAsync(site.Server.Url("search/?q=" + Uri.EscapeDataString("学前教育")));
        await broken.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await AssertNoJavaScriptFallback(broken);
    }

    private static async Task AssertNoJavaScriptFallback(IPage plain)
    {
        await Assertions.Expect(plain.Locator(".search-nojs.notice")).ToContainTextAsync("JavaScript");
        Assert.True(await plain.Locator(".search-nojs.notice").IsVisibleAsync());
        Assert.True(await plain.Locator(".browse a").CountAsync() >= 2);
        Assert.True(await plain.Locator(".browse a").First.IsVisibleAsync());
        Assert.False(await plain.Locator("#search-filter").IsVisibleAsync());
        Assert.Equal(0, await plain.Locator("#search-results > li").CountAsync());
    }

    private Task<string[]> FacetValues(string facet) => page.EvaluateAsync<string[]>(
        "name => [...document.querySelectorAll('#search-facets a')].map(a => a.dataset.facet).filter(f => f.startsWith(name + '=')).map(f => f.slice(name.length + 1))",
        facet);
}
