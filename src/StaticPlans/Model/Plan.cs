namespace StaticPlans.Model;

/// <summary>
/// One heading of a plan and the text that belongs to it.
/// <see cref="OwnText"/> stops at the next heading of any level, so search units and excerpts do not repeat;
/// <see cref="Topics"/> follows the definition (the heading and everything up to the next heading
/// of the same or higher level, subsections included).
/// </summary>
public sealed record Section(
    string Id,
    string Heading,
    int Level,
    int Line,
    string OwnText,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> OwnTopics,
    string? ParentId);

/// <summary>A link or image written in a plan's Markdown, where the editor wrote it (file line and column).</summary>
public sealed record ContentLink(string Url, bool IsImage, int Line, int Column);

/// <summary>
/// A plan as the site publishes it. Knows nothing of HTML: the Markdown is rendered later, from
/// <see cref="PlanMarkdown.Tree"/>. The tree is not kept here: at 10,000 plans the trees would hold about
/// 180 MB through the whole build, and parsing one again costs a fraction of rendering it.
/// </summary>
public sealed record Plan(
    string SourcePath,
    string Title,
    int Year,
    string Kind,
    string KindName,
    DateOnly Date,
    string Bureau,
    string? DocNo,
    string? IndexNo,
    string Summary,
    string Slug,
    bool Draft,
    string IntroText,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<string> Topics,
    string Markdown,
    IReadOnlyList<ContentLink> Links,
    int BodyLineOffset)
{
    // The path is made once, with the plan: pages, insights and the index ask for it over a hundred times per plan
    // (about 17 MB of strings per 1,000 plans when it was formatted on each call). Year's and Slug's init accessors
    // make it again, so a copy made with 'with { Slug = … }' gets its own, and two plans equal in their fields stay equal.
    public int Year { get; init { field = value; _path = PathOf(value, Slug); } } = Year;

    public string Slug { get; init { field = value; _path = PathOf(Year, value); } } = Slug;

    private string _path = PathOf(Year, Slug);

    /// <summary>Site-relative URL path without a leading slash: plans/2024/2024-plan/.</summary>
    public string Path => _path;

    private static string PathOf(int year, string slug) => $"plans/{year}/{slug}/";

    /// <summary>修订日期 ('updated:'), when the published text was revised after its 成文日期.</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>When the published text last changed: what feeds and the sitemap tell readers and crawlers.</summary>
    public DateOnly LastModified => Updated is { } u && u > Date ? u : Date;

    /// <summary>Files published with the plan ('attachments:'), checked to be regular files beside it.</summary>
    public IReadOnlyList<PlanAttachment> Attachments { get; init; } = [];

    /// <summary>The lang of its page when it differs from the site's: 'language:', or zh-Hant for traditional text.</summary>
    public string? Language { get; init; }
}
