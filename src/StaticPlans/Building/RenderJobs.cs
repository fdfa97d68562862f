namespace StaticPlans.Building;

/// <summary>
/// The keys of render jobs. One job makes one file, except a listing job, which makes every page of a year's or a
/// topic's listing (or a chosen few, see <see cref="RenderSelection"/>).
/// </summary>
public static class RenderJobs
{
    public const string Home = "home";
    public const string Years = "years";
    public const string Topics = "topics";
    public const string Search = "search";
    public const string NotFound = "404";
    public const string Feed = "feed";
    public const string Sitemap = "sitemap";
    public const string Robots = "robots";
    public const string OpenData = "open-data";

    public const string PlanPrefix = "plan:";
    public const string YearPrefix = "year:";
    public const string TopicPrefix = "topic:";
    public const string TopicFeedPrefix = "topic-feed:";
    public const string KindPrefix = "kind:";

    public static IReadOnlyList<string> SiteWide { get; } = [Home, Years, Topics, Search, NotFound, Feed, Sitemap, Robots, OpenData];

    public static string Plan(string path) => PlanPrefix + path;
    public static string Year(int year) => YearPrefix + year;
    public static string Topic(string slug) => TopicPrefix + slug;
    public static string TopicFeed(string slug) => TopicFeedPrefix + slug;
    public static string Kind(string kind) => KindPrefix + kind;
}
