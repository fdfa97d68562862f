using System.Globalization;
using System.Text;
using Scriban.Runtime;
using StaticPlans.Insights;
using StaticPlans.Model;
using StaticPlans.Output;
using StaticPlans.Rendering.Theme;

namespace StaticPlans.Rendering;

/// <summary>What every page renderer needs: the site, its URLs, the theme and its strings.</summary>
public sealed class PageContext(Site site, ThemeEngine theme, IReadOnlyDictionary<string, string> strings, SiteInsights? insights = null)
{
    public Site Site { get; } = site;
    public SiteInsights Insights { get; } = insights ?? SiteInsights.Empty;
    public SiteConfig Config => Site.Config;
    public UrlBuilder Urls { get; } = new(site.Config);
    public ThemeEngine Theme { get; } = theme;
    public IReadOnlyDictionary<string, string> Strings { get; } = strings;
    private readonly ScriptObject _stringsObject = ThemeStrings.ToScriptObject(strings);

    public SiteView SiteView => new(Config.Title, Config.Bureau, Config.Language, Urls.BasePath, Config.BaseUrl.AbsoluteUri,
        Urls.Path("assets/"))
    { Footer = _footer.Value, CustomCss = Theme.HasCustomCss };

    private readonly Lazy<FooterView> _footer = new(() => FooterOf(site.Config.Footer, new UrlBuilder(site.Config)));

    private static FooterView FooterOf(SiteFooter f, UrlBuilder urls) => f == SiteFooter.Empty ? FooterView.Empty : new(
        f.Sponsor, f.Organizer, f.Phone, f.Address, f.Icp, f.Icp is null ? null : SiteFooter.IcpQueryUrl, f.PoliceRecord,
        f.PoliceRecordUrl, f.SiteCode, f.Badge is null ? null : urls.Path(f.Badge), f.BadgeLink);

    public string Text(string key) => Strings.TryGetValue(key, out var v) ? v : key;

    public PageView Page(string title, string sitePath, string column, string description, string keywords, DateOnly? date) =>
        new(title, Urls.Path(sitePath), Urls.Absolute(sitePath), column, description, keywords,
            date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", Config.Bureau, column);

    /// <summary>Renders <paramref name="layout"/> into the page body, then base.html around it.</summary>
    public OutputFile Render(string sitePath, string layout, PageView page, Action<ScriptObject> fill)
    {
        // Room for every variable a page sets, so the model's table is not regrown as it is filled.
        var model = new ScriptObject(16);
        model.SetValue("site", SiteView, true);
        model.SetValue("t", _stringsObject, true);
        model.SetValue("page", page, true);
        fill(model);
        model.SetValue("content", Theme.Fragment(layout, model), true);
        // base.html, the layout inside it and a plan's body inside that are rendered as the file is written: the
        // page never exists as one string or byte array.
        return OutputFile.Streamed(UrlBuilder.FileFor(sitePath), stream =>
        {
            using var writer = Utf8PageWriter.Rent(stream);
            Theme.RenderTo("base.html", model, writer);
        });
    }

    public IEnumerable<string> PagePaths(string firstPage, int itemCount) => PagePaths(firstPage, itemCount, Config.PageSize);

    /// <summary>The site paths of a listing's pages: page 1 at <paramref name="firstPage"/> (even when empty), then firstPage/page/2/ ….</summary>
    public static IEnumerable<string> PagePaths(string firstPage, int itemCount, int pageSize)
    {
        yield return firstPage;
        var pages = (itemCount + pageSize - 1) / pageSize;
        for (var n = 2; n <= pages; n++) yield return $"{firstPage}page/{n}/";
    }

    /// <summary>
    /// Splits a listing into pages: page 1 at <paramref name="firstPage"/>, then firstPage/page/2/ …. Only the pages
    /// whose number <paramref name="include"/> accepts are made (serve re-renders the one page an edited plan is on).
    /// </summary>
    public IEnumerable<(string Path, Pager Pager, IReadOnlyList<T> Items)> Paginate<T>(string firstPage, IReadOnlyList<T> items,
        Func<int, bool>? include = null)
    {
        var paths = PagePaths(firstPage, items.Count).ToList();
        for (var i = 0; i < paths.Count; i++)
        {
            var number = i + 1;
            if (include is not null && !include(number)) continue;
            var shown = Enumerable.Range(1, paths.Count)
                .Where(n => n == 1 || n == paths.Count || Math.Abs(n - number) <= 2)
                .Select(n => new PagerLink(n, Urls.Path(paths[n - 1]), n == number)).ToList();
            var pager = new Pager(number, paths.Count, i > 0 ? Urls.Path(paths[i - 1]) : null,
                i + 1 < paths.Count ? Urls.Path(paths[i + 1]) : null, shown);
            yield return (paths[i], pager, items.Skip(i * Config.PageSize).Take(Config.PageSize).ToList());
        }
    }

    /// <summary>The number of the listing page that shows the item at <paramref name="index"/> (0-based).</summary>
    public static int PageOf(int index, int pageSize) => index / pageSize + 1;

    public string PagedTitle(string title, Pager pager) =>
        pager.Number == 1 ? title : title + ThemeStrings.Fill(Text("page_title_suffix"), "page", pager.Number.ToString(CultureInfo.InvariantCulture));

    public PlanLink Link(Plan plan) => LinkTo(Urls, plan);

    /// <summary>What every listing, feed neighbour and prev/next link shows of a plan (serve compares them before and after an edit).</summary>
    public static PlanLink LinkTo(UrlBuilder urls, Plan plan) => new(plan.Title, urls.Path(plan.Path), plan.Year, plan.Kind, plan.KindName,
        plan.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), plan.Bureau, plan.DocNo, plan.Summary, plan.Draft, KindUrl(urls, plan.Kind));

    /// <summary>The page listing every plan of a kind, or null when a kind's key cannot be a URL segment.</summary>
    public static string? KindUrl(UrlBuilder urls, string kind) => Loading.SlugRules.IsSafe(kind) ? urls.Path(UrlBuilder.Kind(kind)) : null;

    public TopicLink TopicLink(TopicDefinition topic) => TopicLink(topic.Slug);

    public TopicLink TopicLink(string slug) => _topicLinks.Value[slug];

    public IReadOnlyList<TopicLink> TopicLinks() => Config.Topics.Select(t => _topicLinks.Value[t.Slug]).ToList();

    public IReadOnlyList<YearLink> YearLinks() => _yearLinks.Value;

    /// <summary>Where a plan stands in its year's newest-first list (that very record: record equality would compare whole plans).</summary>
    public int PositionInYear(Plan plan) => Site.IndexIn(Site.PlansOfYear(plan.Year), plan);

    private readonly Lazy<Dictionary<string, TopicLink>> _topicLinks = new(() => site.Config.Topics.ToDictionary(t => t.Slug,
        t => new TopicLink(t.Slug, t.Name, new UrlBuilder(site.Config).Path(UrlBuilder.Topic(t.Slug)), site.PlansOfTopic(t.Slug).Count), StringComparer.Ordinal));

    private readonly Lazy<IReadOnlyList<YearLink>> _yearLinks = new(() =>
        site.Years.Select(y => new YearLink(y, new UrlBuilder(site.Config).Path(UrlBuilder.Year(y)), site.PlansOfYear(y).Count)).ToList());
}
