using StaticPlans.Model;

namespace StaticPlans.Rendering.Pages;

/// <summary>One entry of the page registry: what a kind of page (<see cref="IPageKind"/>) states, as values.</summary>
public sealed record PageKind(
    string Name,
    Func<Site, IEnumerable<RenderJob>> Jobs,
    Action<PlanEdit, RenderSelection> Affected,
    string? Folder,
    bool LeftToFullRebuild,
    Func<Site, string, bool>? Lookup)
{
    public static PageKind Of<T>() where T : RenderJob, IPageKind =>
        new(typeof(T).Name, T.Jobs, T.Affected, T.Folder, T.LeftToFullRebuild, T.Lookup);
}
