namespace StaticPlans.Search;

/// <summary>A search as the page sends it: the typed text and the chosen facet values (null: any).</summary>
public sealed record SearchQuery(string Text, int? Year = null, string? Topic = null, string? Kind = null, int PlanLimit = 10);

/// <summary>
/// Plans matching a query, best first, each with its matching sections best first. <see cref="Approximate"/> is
/// true when every term was too common to fetch in full, so only each term's best postings were searched.
/// Facet counts count matching plans per value, each ignoring its own facet's filter.
/// </summary>
public sealed record SearchResults(
    int TotalPlans,
    bool Approximate,
    IReadOnlyList<PlanHit> Plans,
    IReadOnlyList<FacetCount> Years,
    IReadOnlyList<FacetCount> Topics,
    IReadOnlyList<FacetCount> Kinds)
{
    public static readonly SearchResults Empty = new(0, false, [], [], [], []);
}

public sealed record FacetCount(string Value, string Name, int Count);

public sealed record PlanHit(string Url, string Title, int Year, string Kind, string Bureau, IReadOnlyList<SectionHit> Sections);

/// <summary>A matching section; <see cref="PhraseHits"/> counts the query parts found in it as exact sequences.</summary>
public sealed record SectionHit(string? Anchor, string Heading, string Text, double Score, int PhraseHits);
