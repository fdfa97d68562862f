using StaticPlans.Insights;
using StaticPlans.Model;
using StaticPlans.Rendering.Theme;

namespace StaticPlans.Building;

/// <summary>Everything a build has loaded and modelled before rendering, kept by serve between edits.</summary>
public sealed record PreparedSite(
    BuildOptions Options,
    SiteConfig Config,
    ThemeEngine Theme,
    IReadOnlyDictionary<string, string> Strings,
    PlanBuilder Builder,
    Site Site,
    SiteInsights Insights,
    IReadOnlySet<string> StaticFiles);
