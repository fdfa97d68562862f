using StaticPlans.Model;
using StaticPlans.Output;

namespace StaticPlans.Rendering.Pages;

/// <summary>
/// The site paths the render stage writes, each named once: the page classes write to them and the link checker
/// accepts a link to any of them, so a new kind of file cannot be written without its links being accepted. Site
/// paths never start with '/'; a folder's ends with one (its file is index.html).
/// </summary>
public static class SitePaths
{
    public const string Home = "";
    public const string Years = "years/";
    public const string Topics = "topics/";
    public const string Search = "search/";
    public const string NotFound = "404.html";
    public const string Feed = "feed.xml";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";
    // opendata (issue 17): the open-data files, a pair per year, their index and schemas; the single pair of every
    // year only with site.yml's open_data: single_file.
    public const string DataIndex = "data/index.json";
    public const string PlansSchema = "data/plans.schema.json";
    public const string IndexSchema = "data/index.schema.json";
    public const string PlansJson = "data/plans.json";
    public const string FiguresCsv = "data/figures.csv";
    public static string PlansJsonOf(int year) => $"data/plans-{year}.json";
    public static string FiguresCsvOf(int year) => $"data/figures-{year}.csv";

    /// <summary>The files every site has, whatever its plans.</summary>
    public static IReadOnlyList<string> SiteWide { get; } = [Home, Years, Topics, Search, NotFound, Feed, Sitemap, Robots, DataIndex, PlansSchema, IndexSchema];

    /// <summary>
    /// The folders whose links must name a page the build writes (a static file there would be shadowed or
    /// mistaken for one): plans, listings and the search page.
    /// </summary>
    public static IReadOnlyList<string> PageFolders { get; } = ["plans/", Years, Topics, "kinds/", Search];

    public static string Year(int year) => UrlBuilder.Year(year);
    public static string Topic(string slug) => UrlBuilder.Topic(slug);
    public static string TopicFeed(string slug) => Topic(slug) + "feed.xml";
    public static string Kind(string kind) => UrlBuilder.Kind(kind);

    /// <summary>
    /// Every path the render stage writes for <paramref name="site"/> but the plans (looked up by path instead:
    /// a site has ten thousand) and the later pages of a listing.
    /// </summary>
    public static IEnumerable<string> Listed(Site site) =>
        SiteWide
            .Concat(site.Years.Select(Year))
            .Concat(site.Config.Topics.Select(t => Topic(t.Slug)))
            .Concat(site.Config.Topics.Select(t => TopicFeed(t.Slug)))
            .Concat(site.ListedKinds.Select(Kind))
            .Concat(site.Years.SelectMany(y => new[] { PlansJsonOf(y), FiguresCsvOf(y) })) // opendata (issue 17)
            .Concat(site.Config.OpenData.SingleFile ? [PlansJson, FiguresCsv] : []);
}
