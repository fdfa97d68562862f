namespace StaticPlans.Rendering;

// What templates see. Scriban renames members to snake_case: PlanLink.KindName is plan.kind_name.

public sealed record SiteView(string Title, string Bureau, string Language, string BasePath, string BaseUrl, string AssetsPath);

/// <summary>The page metadata Chinese government sites carry (SiteName, ColumnName, ArticleTitle, …).</summary>
public sealed record PageView(string Title, string Url, string Canonical, string ColumnName, string Description,
    string Keywords, string PubDate, string ContentSource, string Section);

public sealed record TopicLink(string Slug, string Name, string Url, int Count);

public sealed record YearLink(int Year, string Url, int Count);

public sealed record PlanLink(string Title, string Url, int Year, string Kind, string KindName, string Date, string Bureau,
    string? DocNo, string Summary);

public sealed record TocEntry(string Id, string Heading, int Level);

public sealed record SectionLink(string Heading, string Url, string Excerpt);

public sealed record TopicPlanGroup(PlanLink Plan, IReadOnlyList<SectionLink> Sections);

public sealed record TopicYearGroup(int Year, IReadOnlyList<TopicPlanGroup> Plans);

public sealed record KindCount(string Kind, string Name, int Count);

public sealed record PlanView(string Title, int Year, string Kind, string KindName, string Date, string Bureau, string? DocNo,
    string? IndexNo, string Summary, string Url, IReadOnlyList<TopicLink> Topics, IReadOnlyList<TocEntry> Toc, HtmlFragment Body,
    PlanLink? Prev, PlanLink? Next);

public sealed record PagerLink(int Number, string Url, bool Current);

/// <summary>Where a listing page stands among its pages; Total 1 means no pagination is shown.</summary>
public sealed record Pager(int Number, int Total, string? PrevUrl, string? NextUrl, IReadOnlyList<PagerLink> Pages);
