namespace StaticPlans.BrowserTests;

/// <summary>Chinese line breaking on a phone (390 CSS px): how titles, 文号 and the figures table's units wrap.</summary>
public sealed class LineBreakingTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    /// <summary>How many lines the text of each element matching the selector takes (one client rect per line).</summary>
    private const string LinesScript = """
        sel => [...document.querySelectorAll(sel)].map(e => {
          const r = document.createRange(); r.selectNodeContents(e);
          const tops = new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top)));
          return tops.size;
        })
        """;

    private async Task<Microsoft.Playwright.IPage> Phone(string path)
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.Url(path));
        return page;
    }

    [Fact]
    public async Task On_a_phone_units_in_the_figures_table_and_doc_numbers_stay_on_one_line()
    {
        var page = await Phone("plans/2024/2024-plan/");
        var units = await page.EvaluateAsync<int[]>(LinesScript, ".plan-figures td.unit");
        Assert.NotEmpty(units);
        Assert.All(units, lines => Assert.Equal(1, lines));
        var docNo = await page.EvaluateAsync<int[]>(LinesScript, ".disclosure .doc-no");
        Assert.Equal([1], docNo);
        var listed = await (await Phone("years/2024/")).EvaluateAsync<int[]>(LinesScript, ".plan-list .doc-no");
        Assert.NotEmpty(listed);
        Assert.All(listed, lines => Assert.Equal(1, lines));
    }

    [Fact]
    public async Task A_title_that_wraps_does_not_leave_one_character_alone_on_its_last_line()
    {
        var page = await Phone("plans/2024/2024-plan/");
        // The number of lines of the h1, and the width of its last line in ems (a lone character is one em wide).
        var measured = await page.EvaluateAsync<double[]>("""
            () => {
              const h = document.querySelector('main h1'), r = document.createRange(); r.selectNodeContents(h);
              const rects = [...r.getClientRects()].filter(x => x.width > 0);
              const bottom = Math.max(...rects.map(x => Math.round(x.top)));
              const last = rects.filter(x => Math.round(x.top) === bottom).reduce((w, x) => w + x.width, 0);
              return [new Set(rects.map(x => Math.round(x.top))).size, last / parseFloat(getComputedStyle(h).fontSize)];
            }
            """);
        Assert.True(measured[0] >= 2, $"the title fits on one line at 390 px ({measured[0]}): the test needs one that wraps");
        Assert.True(measured[1] >= 3, $"the title's last line is {measured[1]:0.0} em wide");
    }
}
