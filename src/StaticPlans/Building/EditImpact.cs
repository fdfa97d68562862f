using StaticPlans.Model;
using StaticPlans.Output;
using StaticPlans.Rendering;
using StaticPlans.Rendering.Pages;

namespace StaticPlans.Building;

/// <summary>
/// The pages one edit of a plan (same URL) changes, decided from what each page shows of it:
/// <list type="bullet">
/// <item>its own page, always; its neighbours in the year (prev/next links) when its link or its place changed;</item>
/// <item>of its year's and topics' listings the page it is on; after a new date the pages from its old place to its
/// new one (see <see cref="Listing"/>); the whole listing when a topic is gained or lost (every later page shifts,
/// the count changes) or the kind changes (the year's kind counts);</item>
/// <item>a feed when it has an entry for the plan before or after; the home page when the plan is among the latest;</item>
/// <item>the pages listing topic counts (home, topics, search, 404) and the sitemap when membership or dates changed.</item>
/// </list>
/// Search shards, open data, cross-year links and counterparts depend on every plan: serve leaves them to its
/// background full rebuild.
/// </summary>
public static class EditImpact
{
    public static void Add(RenderSelection selection, Site before, Plan old, Site after, Plan updated)
    {
        var urls = new UrlBuilder(after.Config);
        var moved = old.Date != updated.Date;
        var linkChanged = PageContext.LinkTo(urls, old) != PageContext.LinkTo(urls, updated);
        var topicsChanged = !old.Topics.SequenceEqual(updated.Topics, StringComparer.Ordinal);
        var pageSize = after.Config.PageSize;

        selection.Whole(RenderJobs.Plan(updated.Path));
        if (linkChanged) Neighbours(selection, before, old, after, updated);

        var (oldKind, newKind) = (RenderJobs.Kind(old.Kind), RenderJobs.Kind(updated.Kind));
        if (old.Kind != updated.Kind) selection.Whole(oldKind).Whole(newKind);
        else if (moved || linkChanged) Listing(selection, newKind, before.PlansOfKind(old.Kind), old, after.PlansOfKind(updated.Kind), updated, pageSize);

        var year = RenderJobs.Year(updated.Year);
        if (old.Kind != updated.Kind) selection.Whole(year);
        else if (moved || linkChanged) Listing(selection, year, before.PlansOfYear(old.Year), old, after.PlansOfYear(updated.Year), updated, pageSize);

        foreach (var slug in old.Topics.Union(updated.Topics, StringComparer.Ordinal))
        {
            var topic = RenderJobs.Topic(slug);
            // Its entry shows its link and the text of its sections about the topic: re-rendered on any edit.
            if (old.Topics.Contains(slug) && updated.Topics.Contains(slug))
                Listing(selection, topic, before.PlansOfTopic(slug), old, after.PlansOfTopic(slug), updated, pageSize);
            else selection.Whole(topic);
            if (InFeed(before.PlansOfTopic(slug), old, after.PlansOfTopic(slug), updated)) selection.Whole(RenderJobs.TopicFeed(slug));
        }

        if (InFeed(before.Plans, old, after.Plans, updated)) selection.Whole(RenderJobs.Feed);
        var (wasAt, isAt) = (Site.IndexIn(before.Plans, old), Site.IndexIn(after.Plans, updated));
        if (wasAt < ListPages.HomeLatest || isAt < ListPages.HomeLatest) selection.Whole(RenderJobs.Home);
        // Their date is the newest plan's.
        if (wasAt == 0 || isAt == 0) selection.Whole(RenderJobs.Years).Whole(RenderJobs.Topics);
        if (topicsChanged)
        {
            foreach (var key in new[] { RenderJobs.Home, RenderJobs.Topics, RenderJobs.Search, RenderJobs.NotFound }) selection.Whole(key);
        }
        if (moved || topicsChanged || old.Kind != updated.Kind || old.LastModified != updated.LastModified) selection.Whole(RenderJobs.Sitemap);
    }

    /// <summary>
    /// The pages of a listing a plan that stays in it is on, before and after the edit, and every page between: a
    /// new date moves it, shifting the plans in between by one place. Pages beyond are unchanged (same plans, same
    /// page count), unless it was or becomes the first plan, whose date every page of the listing carries.
    /// </summary>
    private static void Listing(RenderSelection selection, string key, IReadOnlyList<Plan> before, Plan old, IReadOnlyList<Plan> after, Plan updated,
        int pageSize)
    {
        var (was, now) = (Site.IndexIn(before, old), Site.IndexIn(after, updated));
        if (old.Date != updated.Date && (was == 0 || now == 0))
        {
            selection.Whole(key);
            return;
        }
        for (var page = PageContext.PageOf(Math.Min(was, now), pageSize); page <= PageContext.PageOf(Math.Max(was, now), pageSize); page++)
            selection.Page(key, page);
    }

    /// <summary>
    /// Output files of listing pages the edits leave without plans (a topic that lost one can have a page fewer):
    /// a full build would not make them, so serve must stop serving them.
    /// </summary>
    public static IEnumerable<string> RemovedFiles(Site before, Site after)
    {
        var size = after.Config.PageSize;
        // A year or topic keeps its first page even when empty; a kind without plans has no page at all.
        var listings = before.Years.Select(y => (UrlBuilder.Year(y), before.PlansOfYear(y).Count, after.PlansOfYear(y).Count, Keep: 1))
            .Concat(before.Config.Topics.Select(t => (UrlBuilder.Topic(t.Slug), before.PlansOfTopic(t.Slug).Count, after.PlansOfTopic(t.Slug).Count, Keep: 1)))
            .Concat(before.ListedKinds.Select(k => (UrlBuilder.Kind(k), before.PlansOfKind(k).Count, after.PlansOfKind(k).Count, Keep: 0)));
        foreach (var (first, was, now, keep) in listings)
        {
            foreach (var page in PageContext.PagePaths(first, was, size).Skip(Math.Max(keep, (now + size - 1) / size)))
                yield return UrlBuilder.FileFor(page);
        }
    }

    /// <summary>The plans before and after it in its year, before and after the edit: their prev/next links show it.</summary>
    private static void Neighbours(RenderSelection selection, Site before, Plan old, Site after, Plan updated)
    {
        foreach (var (site, plan) in new[] { (before, old), (after, updated) })
        {
            var year = site.PlansOfYear(plan.Year);
            var at = Site.IndexIn(year, plan);
            if (at > 0) selection.Whole(RenderJobs.Plan(year[at - 1].Path));
            if (at + 1 < year.Count) selection.Whole(RenderJobs.Plan(year[at + 1].Path));
        }
    }

    private static bool InFeed(IReadOnlyList<Plan> before, Plan old, IReadOnlyList<Plan> after, Plan updated) =>
        (Site.IndexIn(before, old) >= 0 && FeedPages.IsInFeed(before, old)) || (Site.IndexIn(after, updated) >= 0 && FeedPages.IsInFeed(after, updated));
}
