using StaticPlans.Insights.Figures;

namespace StaticPlans.Output.OpenData;

/// <summary>What the open-data files say about the site as a whole.</summary>
public sealed record OpenDataSite(string Title, string BaseUrl, string Language, IReadOnlyList<OpenDataPlan> Plans);

/// <summary>One published plan as the open-data files describe it (the site model mapped to plain values).</summary>
/// <param name="Url">The plan page's absolute URL.</param>
public sealed record OpenDataPlan(
    string Title,
    int Year,
    string Kind,
    string KindName,
    DateOnly Date,
    string? Bureau,
    string? DocNo,
    string? IndexNo,
    string Url,
    IReadOnlyList<string> Topics,
    string? Summary,
    IReadOnlyList<OpenDataSection> Sections,
    IReadOnlyList<OpenDataFigure> Figures);

/// <param name="Id">The section's anchor id (s1, s1-2 …).</param>
public sealed record OpenDataSection(string Id, string Heading, int Level, IReadOnlyList<string> Topics);

/// <summary>A figure and the section it was found in (null: the text before the first heading).</summary>
public sealed record OpenDataFigure(string? SectionId, Figure Figure);
