using Markdig.Syntax;

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

/// <summary>A plan as the site publishes it. Knows nothing of HTML: the Markdown tree is rendered later.</summary>
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
    MarkdownDocument Document,
    int BodyLineOffset)
{
    /// <summary>Site-relative URL path without a leading slash: plans/2024/2024-plan/.</summary>
    public string Path => $"plans/{Year}/{Slug}/";
}
