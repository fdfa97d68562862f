using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StaticPlans.BrowserTests;

// Usage: SearchBench <built site dir> <corpus dir>
// The site holds StaticPlans' index (search/) and Pagefind's (pagefind/). Queries: the corpus's planted phrases
// (one answer each, also in traditional characters) and common phrases whose answers are found by scanning the
// corpus Markdown. A result is relevant when its plan's Markdown holds the exact phrase.
string site = Path.GetFullPath(args[0]), corpus = Path.GetFullPath(args[1]);
var markdown = Directory.GetFiles(Path.Combine(corpus, "content", "plans"), "*.md", SearchOption.AllDirectories)
    .ToDictionary(f => "/plans/" + Path.GetFileName(Path.GetDirectoryName(f)) + "/" + Path.GetFileNameWithoutExtension(f) + "/", File.ReadAllText);
using var queriesJson = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(corpus, "queries.json")));
var queries = new List<(string Query, string Phrase)>();
foreach (var q in queriesJson.RootElement.GetProperty("queries").EnumerateArray())
{
    queries.Add((q.GetProperty("query").GetString()!, q.GetProperty("query").GetString()!));
    queries.Add((q.GetProperty("traditional").GetString()!, q.GetProperty("query").GetString()!));
}

string[] common = ["学前教育", "课后服务", "校园安全", "教师培训", "义务教育", "职业教育", "心理健康", "劳动教育", "家庭教育", "营养改善"];
queries.AddRange(common.Select(c => (c, c)));
var answers = queries.Select(q => q.Phrase).Distinct().ToDictionary(p => p, p => markdown.Where(m => m.Value.Contains(p, StringComparison.Ordinal)).Select(m => m.Key).ToHashSet());

using var server = new StaticSiteServer(site, "/");
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = "/usr/bin/chromium",
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

Func<IPage, string, bool, Task<(double Ms, int Total, string[] Urls)>> ourQuery = async (page, query, first) =>
{
    await page.EvaluateAsync("() => { const r = document.getElementById('sp-search'); r?.removeAttribute('data-ms'); r?.removeAttribute('data-done'); }");
    if (first)
    {
        await page.GotoAsync(server.Url("search/?q=" + Uri.EscapeDataString(query)));
    }
    else
    {
        await page.Locator("#search-q").FillAsync(query);
    }

    // data-done: also the exact counts read after approximate results are drawn (their bytes belong to this query).
    await page.WaitForFunctionAsync("() => document.getElementById('sp-search').hasAttribute('data-done')", null, new() { Timeout = 60000 });
    double ms = double.Parse((await page.Locator("#sp-search").GetAttributeAsync("data-ms"))!, CultureInfo.InvariantCulture);
    string status = await page.Locator("#search-status").InnerTextAsync();
    var total = Regex.Match(status, @"\d+");
    var urls = await page.EvalOnSelectorAllAsync<string[]>("#search-results .search-hit-title a", "links => links.map(a => a.getAttribute('href'))");
    return (ms, total.Success && !status.Contains("没有") ? int.Parse(total.Value, CultureInfo.InvariantCulture) : 0, urls.Take(10).ToArray());
};
Func<string, bool> ourFiles = path => path.StartsWith("/search/", StringComparison.Ordinal) && path != "/search/" || path == "/assets/search.js" || path.StartsWith("/assets/search/", StringComparison.Ordinal);
var ours = await Measure("StaticPlans", ourQuery, ourFiles);
// The same queries from a host that ignores Range (python3 -m http.server, many intranets): whole files, kept per page.
server.IgnoreRange = true;
var plain = await Measure("StaticPlans/no-Range", ourQuery, ourFiles);
server.IgnoreRange = false;
var facets = await FacetExactness();

var pagefind = await Measure("Pagefind", async (page, query, first) =>
{
    if (first)
    {
        await page.GotoAsync(server.Url("404.html"));
    }

    var result = await page.EvaluateAsync<JsonElement>(@"async (q) => {
        const t0 = performance.now();
        if (!window.pf) { window.pf = await import('/pagefind/pagefind.js'); await window.pf.init(); }
        const search = await window.pf.search(q);
        const data = await Promise.all(search.results.slice(0, 10).map(r => r.data()));
        return { ms: performance.now() - t0, total: search.results.length, urls: data.map(d => d.url) };
    }", query);
    return (result.GetProperty("ms").GetDouble(), result.GetProperty("total").GetInt32(),
        result.GetProperty("urls").EnumerateArray().Select(u => u.GetString()!).ToArray());
}, path => path.StartsWith("/pagefind/", StringComparison.Ordinal));

Console.WriteLine();
Console.WriteLine($"{"",-44}{"StaticPlans",14}{"Pagefind",14}");
Row("index bytes per plan", Size("search") / (double)markdown.Count, Size("pagefind") / (double)markdown.Count, "0");
Row("index files", Files("search"), Files("pagefind"), "0");
Row("first query: KB downloaded (scripts incl.)", ours.FirstKb, pagefind.FirstKb, "0.0");
Row("later queries: median KB downloaded", ours.LaterKb, pagefind.LaterKb, "0.0");
Row("  same, new phrases only (no trad. twin)", ours.LaterNewKb, pagefind.LaterNewKb, "0.0");
Row("later queries: max KB downloaded", ours.LaterMaxKb, pagefind.LaterMaxKb, "0.0");
Row("host ignoring Range: first query KB", plain.FirstKb, pagefind.FirstKb, "0.0");
Row("host ignoring Range: later queries median KB", plain.LaterKb, pagefind.LaterKb, "0.0");
Row("host ignoring Range: later queries max KB", plain.LaterMaxKb, pagefind.LaterMaxKb, "0.0");
Row("query ms, data fetched (median)", ours.ColdMs, pagefind.ColdMs, "0");
Row("query ms, data already arrived (median)", ours.WarmMs, pagefind.WarmMs, "0.0");
Row("precision@10, planted phrases", ours.PlantedPrecision, pagefind.PlantedPrecision, "0.00");
Row("recall, planted phrases (simp.+trad.)", ours.PlantedRecall, pagefind.PlantedRecall, "0.00");
Row("precision@10, common phrases", ours.CommonPrecision, pagefind.CommonPrecision, "0.00");
Row("recall (result count / true), common", ours.CommonRecall, pagefind.CommonRecall, "0.00");
foreach (var (query, _) in queries.Where(q => answers[q.Phrase].Count == 0))
{
    Console.WriteLine($"(not scored, in no plan: {query}; results: StaticPlans {ours.Unanswered[query]}, Pagefind {pagefind.Unanswered[query]})");
}

Console.WriteLine($"facet counts (year, kind) equal to the plans holding the phrase: {facets.Exact} of {facets.Values} values, common phrases");
Console.WriteLine($"filtered lists (?year=) holding every such plan of the year: {facets.FullLists} of {facets.Lists}");
return 0;

// For each common phrase: the year and kind counts of our page against the plans whose Markdown holds the phrase, and
// the year-filtered list's total against that year's plans. (Pagefind has no such facets over this corpus.)
async Task<(int Exact, int Values, int FullLists, int Lists)> FacetExactness()
{
    var context = await browser.NewContextAsync();
    var page = await context.NewPageAsync();
    int exact = 0, values = 0, fullLists = 0, lists = 0;
    // Our search also matches a plan's metadata: its topic names count as holding the phrase too.
    var topicNames = Regex.Matches(File.ReadAllText(Path.Combine(corpus, "site.yml")), @"slug:\s*([\w-]+),\s*name:\s*([^,}]+)")
        .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());
    using var plansJson = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site, "data", "plans.json")));
    var planTopics = plansJson.RootElement.GetProperty("plans").EnumerateArray().ToDictionary(
        p => new Uri(p.GetProperty("url").GetString()!).AbsolutePath,
        p => p.GetProperty("topics").EnumerateArray().Select(t => topicNames.GetValueOrDefault(t.GetString()!, "")).ToList());
    foreach (string phrase in common)
    {
        var truth = answers[phrase].Concat(planTopics.Where(p => p.Value.Any(n => n.Contains(phrase, StringComparison.Ordinal))).Select(p => p.Key)).ToHashSet();
        if (truth.Count == 0) continue;
        var byYear = truth.GroupBy(u => u.Split('/')[2]).ToDictionary(g => g.Key, g => g.Count());
        var byKind = truth.GroupBy(u => KindOf(markdown.GetValueOrDefault(u, ""))).ToDictionary(g => g.Key, g => g.Count());
        await page.GotoAsync(server.Url("search/?q=" + Uri.EscapeDataString(phrase)));
        await page.WaitForFunctionAsync("() => document.getElementById('sp-search').hasAttribute('data-done')", null, new() { Timeout = 120000 });
        var chips = await page.EvalOnSelectorAllAsync<string[][]>("#search-facets a", "links => links.map(a => [a.dataset.facet, a.querySelector('.count').textContent])");
        foreach (var chip in chips)
        {
            var (facet, value) = (chip[0].Split('=')[0], chip[0].Split('=')[1]);
            var truthCounts = facet switch { "year" => byYear, "kind" => byKind, _ => null };
            if (truthCounts is null) continue;
            values++;
            if (truthCounts.GetValueOrDefault(value) == int.Parse(chip[1], CultureInfo.InvariantCulture)) exact++;
            else Console.Error.WriteLine($"facet {phrase} {chip[0]}: shown {chip[1]}, true {truthCounts.GetValueOrDefault(value)}");
        }

        string year = byYear.OrderByDescending(y => y.Value).First().Key;
        await page.GotoAsync(server.Url("search/?q=" + Uri.EscapeDataString(phrase) + "&year=" + year));
        await page.WaitForFunctionAsync("() => document.getElementById('sp-search').hasAttribute('data-done')", null, new() { Timeout = 120000 });
        var shown = Regex.Match(await page.Locator("#search-status").InnerTextAsync(), @"\d+");
        lists++;
        if (shown.Success && int.Parse(shown.Value, CultureInfo.InvariantCulture) == byYear[year]) fullLists++;
        else Console.Error.WriteLine($"list {phrase} year={year}: shown {shown.Value}, true {byYear[year]}");
    }

    await context.CloseAsync();
    return (exact, values, fullLists, lists);
}

static string KindOf(string text) => Regex.Match(text, @"(?m)^kind:\s*(\S+)").Groups[1].Value;

void Row(string name, double a, double b, string format) =>
    Console.WriteLine($"{name,-44}{a.ToString(format, CultureInfo.InvariantCulture),14}{b.ToString(format, CultureInfo.InvariantCulture),14}");

long Size(string dir) => Directory.GetFiles(Path.Combine(site, dir), "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("index.html", StringComparison.Ordinal)).Sum(f => new FileInfo(f).Length);

int Files(string dir) => Directory.GetFiles(Path.Combine(site, dir), "*", SearchOption.AllDirectories).Count(f => !f.EndsWith("index.html", StringComparison.Ordinal));

async Task<Figures> Measure(string engine, Func<IPage, string, bool, Task<(double Ms, int Total, string[] Urls)>> run, Func<string, bool> counts)
{
    var context = await browser.NewContextAsync();
    var page = await context.NewPageAsync();
    var later = new List<double>();
    var laterNew = new List<double>();
    var seen = new HashSet<string>();
    var unanswered = new Dictionary<string, int>();
    var cold = new List<double>();
    var warm = new List<double>();
    double firstKb = 0;
    var planted = new List<(double Precision, double Recall)>();
    var commonScores = new List<(double Precision, double Recall)>();
    for (int i = 0; i < queries.Count; i++)
    {
        var (query, phrase) = queries[i];
        server.Served.Clear();
        var (ms, total, urls) = await run(page, query, i == 0);
        double kb = server.Served.Where(s => counts(s.Path)).Sum(s => s.Bytes) / 1024.0;
        if (i == 0) firstKb = kb; else later.Add(kb);
        if (i > 0 && !seen.Contains(phrase)) laterNew.Add(kb);
        seen.Add(phrase);
        cold.Add(ms);
        var (warmMs, _, _) = await run(page, query + " ", false);
        warm.Add(warmMs);
        var truth = answers[phrase];
        if (truth.Count == 0)
        {
            // A phrase in no plan has no precision or recall to score (0/0); its result count is printed instead.
            unanswered[query] = total;
            Console.Error.WriteLine($"{engine,-12} {query,-12} {kb,8:0.0} KB {ms,6:0} ms warm {warmMs,6:0.0} ms  results {total,5}  true     0  (not scored)");
            continue;
        }

        var top = urls.Select(u => new Uri(new Uri("http://x/"), u).AbsolutePath).ToList();
        double precision = top.Count == 0 ? 0 : top.Count(truth.Contains) / (double)top.Count;
        double recall = common.Contains(phrase) ? Math.Min(1, total / (double)truth.Count) : top.Any(truth.Contains) ? 1 : 0;
        (common.Contains(phrase) ? commonScores : planted).Add((precision, recall));
        Console.Error.WriteLine($"{engine,-12} {query,-12} {kb,8:0.0} KB {ms,6:0} ms warm {warmMs,6:0.0} ms  results {total,5}  true {truth.Count,5}  P@10 {precision:0.00}");
    }

    await context.CloseAsync();
    return new Figures(firstKb, Median(later), Median(laterNew), later.Max(), Median(cold.Skip(1).ToList()), Median(warm),
        planted.Average(p => p.Precision), planted.Average(p => p.Recall), commonScores.Average(p => p.Precision), commonScores.Average(p => p.Recall),
        unanswered);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

internal sealed record Figures(double FirstKb, double LaterKb, double LaterNewKb, double LaterMaxKb, double ColdMs, double WarmMs,
    double PlantedPrecision, double PlantedRecall, double CommonPrecision, double CommonRecall, Dictionary<string, int> Unanswered);
