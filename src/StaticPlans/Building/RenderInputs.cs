using StaticPlans.Insights;
using StaticPlans.Model;
using StaticPlans.Rendering.Theme;

namespace StaticPlans.Building;

/// <summary>What the render stage reads: the modelled site, its topics' tagger, the theme and its strings, the insights.</summary>
public sealed record RenderInputs(
    Site Site,
    TopicTagger Tagger,
    ThemeEngine Theme,
    IReadOnlyDictionary<string, string> Strings,
    SiteInsights? Insights = null);
