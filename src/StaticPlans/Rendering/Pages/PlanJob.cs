using StaticPlans.Model;
using StaticPlans.Output;

namespace StaticPlans.Rendering.Pages;

/// <summary>A plan's own page, with links to the plans before and after it in its year.</summary>
public sealed record PlanJob(string Path) : RenderJob, IPageKind
{
    public static string? Folder => "plans/";

    public static Func<Site, string, bool>? Lookup => (site, path) => site.PlanAt(path) is not null;

    public static IEnumerable<RenderJob> Jobs(Site site) => site.Plans.Select(p => new PlanJob(p.Path));

    public override IEnumerable<string> Paths(Site site) => site.PlanAt(Path) is null ? [] : [Path];

    public override IEnumerable<OutputFile> Render(PageContext ctx, TopicTagger tagger, Func<int, bool>? include) =>
        [PlanPages.Render(ctx, ctx.Site.PlanAt(Path) ?? throw new ArgumentException($"no plan '{Path}' in this site"))];

    /// <summary>Its own page, always; its neighbours in the year, before and after the edit, when its link changed.</summary>
    public static void Affected(PlanEdit edit, RenderSelection selection)
    {
        selection.Whole(new PlanJob(edit.Updated.Path));
        if (!edit.LinkChanged) return;
        foreach (var (site, plan) in new[] { (edit.Before, edit.Old), (edit.After, edit.Updated) })
        {
            var year = site.PlansOfYear(plan.Year);
            var at = Site.IndexIn(year, plan);
            if (at > 0) selection.Whole(new PlanJob(year[at - 1].Path));
            if (at + 1 < year.Count) selection.Whole(new PlanJob(year[at + 1].Path));
        }
    }
}
