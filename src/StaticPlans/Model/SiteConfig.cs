namespace StaticPlans.Model;

/// <summary>A topic citizens browse by; a section belongs to it when it mentions one of the keywords.</summary>
public sealed record TopicDefinition(string Slug, string Name, IReadOnlyList<string> Keywords);

/// <summary>site.yml open_data.</summary>
/// <param name="SingleFile">Also write /data/plans.json, /data/sections.csv and /data/figures.csv with every year (plans.json and figures.csv are the format-1 paths).</param>
public sealed record OpenDataOptions(bool SingleFile)
{
    public static OpenDataOptions Default { get; } = new(SingleFile: false);
}

/// <summary>site.yml, validated.</summary>
/// <param name="BaseUrl">Absolute URL ending in '/'; its path is where the site lives on the server.</param>
/// <param name="Kinds">Kind key → display name, in the order site.yml gives them.</param>
public sealed record SiteConfig(
    string Title,
    Uri BaseUrl,
    string Language,
    string Bureau,
    string Theme,
    IReadOnlyList<KeyValuePair<string, string>> Kinds,
    IReadOnlyList<TopicDefinition> Topics,
    int PageSize = SiteConfig.DefaultPageSize)
{
    /// <summary>Plans per page of a year or topic listing; a provincial site has thousands per year.</summary>
    public const int DefaultPageSize = 30;

    /// <summary>site.yml footer: (主办单位, 备案号, 网站标识码 …); empty when the site gives none.</summary>
    public SiteFooter Footer { get; init; } = SiteFooter.Empty;

    /// <summary>site.yml open_data: which open-data files the build writes besides each year's.</summary>
    public OpenDataOptions OpenData { get; init; } = OpenDataOptions.Default;

    /// <summary>
    /// The kind keys that can be a URL segment, so get a /kinds/ page (site.yml may name others: their plans are
    /// listed, without that page). The loader fills it, since the slug rule is the loader's.
    /// </summary>
    public IReadOnlySet<string> UrlKinds { get; init; } = new HashSet<string>();

    /// <summary>The path part of base_url, always starting and ending with '/'.</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    public string KindName(string kind) =>
        Kinds.FirstOrDefault(k => k.Key == kind).Value ?? kind;

    public TopicDefinition? FindTopic(string slug) => Topics.FirstOrDefault(t => t.Slug == slug);
}
