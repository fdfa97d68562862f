using StaticPlans.Model;
using StaticPlans.Output;

namespace StaticPlans.Rendering.Pages;

/// <summary>
/// The registry of pages: every kind of page a build writes, in render order (the site-wide files, then the
/// listings, the longest jobs, then one job per plan). Each kind is a <see cref="RenderJob"/> record that states
/// its paths and how it renders, and, as an <see cref="IPageKind"/>, its jobs and which edits change them. The
/// render stage, serve's edits and the link checker all read the kinds from here.
/// </summary>
public static class PageKinds
{
    public static IReadOnlyList<PageKind> All { get; } =
    [
        PageKind.Of<HomeJob>(), PageKind.Of<YearsJob>(), PageKind.Of<TopicsJob>(), PageKind.Of<SearchJob>(), PageKind.Of<NotFoundJob>(),
        PageKind.Of<FeedJob>(), PageKind.Of<SitemapJob>(), PageKind.Of<RobotsJob>(), PageKind.Of<OpenDataJob>(),
        PageKind.Of<YearJob>(), PageKind.Of<TopicJob>(), PageKind.Of<TopicFeedJob>(), PageKind.Of<KindJob>(),
        PageKind.Of<PlanJob>(),
    ];

    /// <summary>The folders whose links must name a page the build writes.</summary>
    public static IReadOnlyList<string> PageFolders { get; } = All.Select(k => k.Folder).OfType<string>().Distinct().ToList();

    /// <summary>Every job of a full build of <paramref name="site"/>, in render order.</summary>
    public static IEnumerable<RenderJob> Jobs(Site site) => All.SelectMany(k => k.Jobs(site));

    /// <summary>Selects every page <paramref name="edit"/> changes, but those left to the full rebuild.</summary>
    public static void SelectAffected(PlanEdit edit, RenderSelection selection)
    {
        foreach (var kind in All.Where(k => !k.LeftToFullRebuild)) kind.Affected(edit, selection);
    }

    /// <summary>
    /// Every site path the build writes for <paramref name="site"/> but the pages of the kinds that are looked up
    /// instead (plans: see <see cref="IsLookedUpPage"/>).
    /// </summary>
    public static IEnumerable<string> ListedPaths(Site site) =>
        All.Where(k => k.Lookup is null).SelectMany(k => k.Jobs(site)).SelectMany(job => job.Paths(site));

    /// <summary>Whether <paramref name="path"/> is a page of a kind that is looked up rather than listed (a plan's).</summary>
    public static bool IsLookedUpPage(Site site, string path) => All.Any(k => k.Lookup?.Invoke(site, path) == true);

    /// <summary>
    /// Output files of the edited site's predecessor that it no longer has: a topic that lost a plan can have a
    /// listing page fewer, a kind left without plans has no page at all. Serve must stop serving them.
    /// </summary>
    public static IEnumerable<string> RemovedFiles(Site before, Site after)
    {
        var kept = ListedPaths(after).ToHashSet(StringComparer.Ordinal);
        return ListedPaths(before).Where(path => !kept.Contains(path)).Select(UrlBuilder.FileFor);
    }
}
