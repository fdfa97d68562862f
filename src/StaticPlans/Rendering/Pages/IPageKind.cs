using StaticPlans.Model;

namespace StaticPlans.Rendering.Pages;

/// <summary>
/// What every kind of page states, next to how it renders (its <see cref="RenderJob"/> record): which jobs a site
/// has of it and which of them an edit changes. The registry, <see cref="PageKinds"/>, lists the kinds.
/// </summary>
public interface IPageKind
{
    /// <summary>Its jobs for <paramref name="site"/>, in render order.</summary>
    static abstract IEnumerable<RenderJob> Jobs(Site site);

    /// <summary>Selects the jobs and listing pages of this kind that <paramref name="edit"/> changes.</summary>
    static abstract void Affected(PlanEdit edit, RenderSelection selection);

    /// <summary>
    /// The folder whose links must name a page the build writes (a static file there would be shadowed or
    /// mistaken for one), or null.
    /// </summary>
    static virtual string? Folder => null;

    /// <summary>
    /// Pages that show what every plan makes (open data): an edit does not select them, serve leaves them to its
    /// background full rebuild.
    /// </summary>
    static virtual bool LeftToFullRebuild => false;

    /// <summary>
    /// For a kind with one page per plan: whether a path is one of its pages, looked up in the site instead of
    /// listing every path (a site has ten thousand plans). Null for the kinds whose paths are listed.
    /// </summary>
    static virtual Func<Site, string, bool>? Lookup => null;
}
