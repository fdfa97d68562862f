namespace StaticPlans.Rendering;

// What templates see. Scriban renames members to snake_case: PlanLink.KindName is plan.kind_name.

public sealed record SiteView(string Title, string Bureau, string Language, string BasePath, string BaseUrl, string AssetsPath)
{
    public FooterView Footer { get; init; } = FooterView.Empty;

    /// <summary>The site has assets/custom.css: base.html links it after the theme's stylesheet.</summary>
    public bool CustomCss { get; init; }
}

/// <summary>
/// site.yml footer: as templates see it: a missing setting is null (so `if` leaves it out); the links are made here
/// (the ICP query site, the 公安备案 record page of this number, the badge under the base path).
/// </summary>
public sealed record FooterView(string? Sponsor, string? Organizer, string? Phone, string? Address, string? Icp, string? IcpUrl,
    string? PoliceRecord, string? PoliceRecordUrl, string? SiteCode, string? BadgeSrc, string? BadgeLink)
{
    public static FooterView Empty { get; } = new(null, null, null, null, null, null, null, null, null, null, null);

    public bool Any => this != Empty;
    public bool HasContact => Sponsor is not null || Organizer is not null || Phone is not null || Address is not null;
    public bool HasRecords => Icp is not null || PoliceRecord is not null || SiteCode is not null;
}

/// <summary>The page metadata Chinese government sites carry (SiteName, ColumnName, ArticleTitle, …).</summary>
public sealed record PageView(string Title, string Url, string Canonical, string ColumnName, string Description,
    string Keywords, string PubDate, string ContentSource, string Section)
{
    /// <summary>The page's lang when it is not the site's (a plan in traditional characters: zh-Hant); null otherwise.</summary>
    public string? Language { get; init; }
}

public sealed record TopicLink(string Slug, string Name, string Url, int Count);

public sealed record YearLink(int Year, string Url, int Count);

public sealed record PlanLink(string Title, string Url, int Year, string Kind, string KindName, string Date, string Bureau,
    string? DocNo, string Summary, bool Draft = false, string? KindUrl = null);

public sealed record TocEntry(string Id, string Heading, int Level);

public sealed record SectionLink(string Heading, string Url, string Excerpt);

public sealed record TopicPlanGroup(PlanLink Plan, IReadOnlyList<SectionLink> Sections);

public sealed record TopicYearGroup(int Year, IReadOnlyList<TopicPlanGroup> Plans);

public sealed record KindCount(string Kind, string Name, int Count, string? Url = null);

/// <summary>A file published with a plan: its link, type (PDF, OFD …) and size as readers see them.</summary>
public sealed record AttachmentView(string Name, string Url, string Type, string MediaType, string Size);

public sealed record PlanView(string Title, int Year, string Kind, string KindName, string Date, string Bureau, string? DocNo,
    string? IndexNo, string Summary, string Url, IReadOnlyList<TopicLink> Topics, IReadOnlyList<TocEntry> Toc, HtmlFragment Body,
    PlanLink? Prev, PlanLink? Next)
{
    public bool Draft { get; init; }
    /// <summary>修订日期, or null.</summary>
    public string? Updated { get; init; }
    public IReadOnlyList<AttachmentView> Attachments { get; init; } = [];
    public string? KindUrl { get; init; }
}

public sealed record PagerLink(int Number, string Url, bool Current);

/// <summary>Where a listing page stands among its pages; Total 1 means no pagination is shown.</summary>
public sealed record Pager(int Number, int Total, string? PrevUrl, string? NextUrl, IReadOnlyList<PagerLink> Pages);
