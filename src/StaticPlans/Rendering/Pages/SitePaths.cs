using StaticPlans.Output;

namespace StaticPlans.Rendering.Pages;

/// <summary>
/// The site paths the render stage writes, each named once: the page classes write to them and the kinds of page in
/// the registry (<see cref="PageKinds"/>) state them, so the link checker accepts a link to any of them. Site paths
/// never start with '/'; a folder's ends with one (its file is index.html).
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
    // The open-data files: three per year (plans, sections, figures), their index and schemas; the single three of
    // every year only with site.yml's open_data: single_file (OpenDataPages.Paths lists a site's).
    public const string DataIndex = "data/index.json";
    public const string PlansSchema = "data/plans.schema.json";
    public const string IndexSchema = "data/index.schema.json";
    public const string PlansJson = "data/plans.json";
    public const string FiguresCsv = "data/figures.csv";
    public const string SectionsCsv = "data/sections.csv";
    public static string PlansJsonOf(int year) => $"data/plans-{year}.json";
    public static string FiguresZipOf(int year) => $"data/figures-{year}.zip";
    /// <summary>The name of the CSV inside <see cref="FiguresZipOf"/>.</summary>
    public static string FiguresCsvOf(int year) => $"data/figures-{year}.csv";
    public static string SectionsZipOf(int year) => $"data/sections-{year}.zip";
    /// <summary>The name of the CSV inside <see cref="SectionsZipOf"/>.</summary>
    public static string SectionsCsvOf(int year) => $"data/sections-{year}.csv";

    public static string Year(int year) => UrlBuilder.Year(year);
    public static string Topic(string slug) => UrlBuilder.Topic(slug);
    public static string TopicFeed(string slug) => Topic(slug) + "feed.xml";
    public static string Kind(string kind) => UrlBuilder.Kind(kind);
}
