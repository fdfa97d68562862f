using StaticPlans.Model;
using StaticPlans.Output;

namespace StaticPlans.Rendering.Pages;

/// <summary>
/// One edit of a plan that keeps its URL: the site and the plan before and after it, and what changed of what pages
/// show of it. Each kind of page reads it to select the pages the edit changes (<see cref="IPageKind.Affected"/>).
/// </summary>
public sealed class PlanEdit(Site before, Plan old, Site after, Plan updated)
{
    public Site Before { get; } = before;
    public Plan Old { get; } = old;
    public Site After { get; } = after;
    public Plan Updated { get; } = updated;

    /// <summary>A new date: it moves in every listing and feed.</summary>
    public bool Moved => Old.Date != Updated.Date;

    public bool KindChanged => Old.Kind != Updated.Kind;

    public bool TopicsChanged => !Old.Topics.SequenceEqual(Updated.Topics, StringComparer.Ordinal);

    /// <summary>What every listing, feed neighbour and prev/next link shows of it (title, date, summary…) changed.</summary>
    public bool LinkChanged { get; } = LinkIn(after, old) != LinkIn(after, updated);

    /// <summary>Its place among all plans, newest first, before and after.</summary>
    public int WasAt { get; } = Site.IndexIn(before.Plans, old);

    public int IsAt { get; } = Site.IndexIn(after.Plans, updated);

    /// <summary>It was or becomes the newest plan, whose date the pages listing every plan carry.</summary>
    public bool NewestChanged => WasAt == 0 || IsAt == 0;

    private static PlanLink LinkIn(Site site, Plan plan) => PageContext.LinkTo(new UrlBuilder(site.Config), plan);

    /// <summary>
    /// Selects the pages of a listing a plan that stays in it is on, before and after the edit, and every page
    /// between: a new date moves it, shifting the plans in between by one place. Pages beyond are unchanged (same
    /// plans, same page count), unless it was or becomes the first plan, whose date every page of the listing carries.
    /// </summary>
    public void Listing(RenderSelection selection, RenderJob listing, IReadOnlyList<Plan> plansBefore, IReadOnlyList<Plan> plansAfter)
    {
        var (was, now) = (Site.IndexIn(plansBefore, Old), Site.IndexIn(plansAfter, Updated));
        if (Moved && (was == 0 || now == 0))
        {
            selection.Whole(listing);
            return;
        }
        var size = After.Config.PageSize;
        for (var page = PageContext.PageOf(Math.Min(was, now), size); page <= PageContext.PageOf(Math.Max(was, now), size); page++)
            selection.Page(listing, page);
    }

    /// <summary>Whether a feed made of these plans has an entry for it, before or after the edit.</summary>
    public bool InFeed(IReadOnlyList<Plan> plansBefore, IReadOnlyList<Plan> plansAfter) =>
        (Site.IndexIn(plansBefore, Old) >= 0 && FeedPages.IsInFeed(plansBefore, Old)) ||
        (Site.IndexIn(plansAfter, Updated) >= 0 && FeedPages.IsInFeed(plansAfter, Updated));
}
