namespace StaticPlans.Insights.Related;

/// <summary>A section as the cross-year comparison sees it: a unique key, the plan's year and bureau, topics and text.</summary>
public sealed record SectionRef(string Key, int Year, string Bureau, IReadOnlyList<string> Topics, string Text);

/// <summary>An earlier section similar to a given one; Similarity is the Jaccard index of their bigram sets (0–1).</summary>
public sealed record RelatedSection(string Key, int Year, string Bureau, double Similarity);
