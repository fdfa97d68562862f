using StaticPlans.Insights;
using StaticPlans.Model;
using StaticPlans.Rendering.Theme;

namespace StaticPlans.Building;

/// <summary>
/// What the prepare step returns: the site loaded and modelled, ready to render. Serve keeps the one its generate
/// returns, so later edits apply to it without a full rebuild.
/// </summary>
/// <param name="Insights">
/// Null until the build step computes them, after the search index: the index's working set is freed first, which
/// keeps the build's peak memory down.
/// </param>
public sealed record PreparedSite(
    SiteOptions Options,
    SiteConfig Config,
    ThemeEngine Theme,
    IReadOnlyDictionary<string, string> Strings,
    PlanBuilder Builder,
    Site Site,
    IReadOnlySet<string> StaticFiles,
    SiteInsights? Insights = null)
{
    /// <summary>What the render stage needs of it.</summary>
    public RenderInputs RenderInputs => new(Site, Builder.Tagger, Theme, Strings, Insights);
}

/// <summary>A generate (check, serve): the result with every file in memory, and the prepared site when it succeeded.</summary>
public sealed record GeneratedSite(BuildResult Result, PreparedSite? Prepared);
