namespace StaticPlans.Search;

/// <summary>
/// One searchable unit: a plan's intro (title, summary, text before the first heading; <see cref="Anchor"/> null)
/// or one heading's section. <see cref="PlanUrl"/> is site-relative without a leading slash
/// (<c>plans/2024/2024-plan/</c>); <see cref="Level"/> is the heading level (1 for the intro unit). The plan's
/// 文号 (<see cref="DocNo"/>) and 索引号 (<see cref="IndexNo"/>) are empty when it has none.
/// </summary>
public sealed record SearchUnit(
    string PlanUrl,
    string? Anchor,
    string PlanTitle,
    int Year,
    string Kind,
    string KindName,
    string Bureau,
    string Heading,
    int Level,
    string Text,
    IReadOnlyList<string> Topics,
    string DocNo = "",
    string IndexNo = "");

/// <summary>Display names of facet values: kind key → name, topic slug → name, in site.yml order (the facet order).</summary>
public sealed record SearchFacetNames(IReadOnlyList<KeyValuePair<string, string>> Kinds, IReadOnlyList<KeyValuePair<string, string>> Topics);

/// <summary>One file of the search index; <see cref="Path"/> is relative to the site root (<c>search/manifest.json</c>).</summary>
public sealed record SearchFile(string Path, byte[] Bytes);
