using StaticPlans.Model;
using StaticPlans.Output;

namespace StaticPlans.Rendering.Pages;

/// <summary>The site's Atom feed: the newest plans.</summary>
public sealed record FeedJob : RenderJob, IPageKind
{
    public static IEnumerable<RenderJob> Jobs(Site site) => [new FeedJob()];

    public override IEnumerable<string> Paths(Site site) => [SitePaths.Feed];

    public override IEnumerable<OutputFile> Render(PageContext ctx, TopicTagger tagger, Func<int, bool>? include) =>
        [FeedPages.Atom(ctx, ctx.Site.Plans, SitePaths.Feed, ctx.Config.Title)];

    public static void Affected(PlanEdit edit, RenderSelection selection)
    {
        if (edit.InFeed(edit.Before.Plans, edit.After.Plans)) selection.Whole(new FeedJob());
    }
}

/// <summary>A topic's Atom feed: the newest plans about it.</summary>
public sealed record TopicFeedJob(string Slug) : RenderJob, IPageKind
{
    public static string? Folder => SitePaths.Topics;

    public static IEnumerable<RenderJob> Jobs(Site site) => site.Config.Topics.Select(t => new TopicFeedJob(t.Slug));

    public override IEnumerable<string> Paths(Site site) => [SitePaths.TopicFeed(Slug)];

    public override IEnumerable<OutputFile> Render(PageContext ctx, TopicTagger tagger, Func<int, bool>? include) =>
        [TopicPages.Feed(ctx, TopicJob.Find(ctx.Site, Slug))];

    public static void Affected(PlanEdit edit, RenderSelection selection)
    {
        foreach (var slug in edit.Old.Topics.Union(edit.Updated.Topics, StringComparer.Ordinal))
        {
            if (edit.InFeed(edit.Before.PlansOfTopic(slug), edit.After.PlansOfTopic(slug))) selection.Whole(new TopicFeedJob(slug));
        }
    }
}

/// <summary>The sitemap: every page with the date of its newest plan.</summary>
public sealed record SitemapJob : RenderJob, IPageKind
{
    public static IEnumerable<RenderJob> Jobs(Site site) => [new SitemapJob()];

    public override IEnumerable<string> Paths(Site site) => [SitePaths.Sitemap];

    public override IEnumerable<OutputFile> Render(PageContext ctx, TopicTagger tagger, Func<int, bool>? include) =>
        [FeedPages.Sitemap(ctx, Entries(ctx))];

    /// <summary>Its listing pages, their dates and the plans' dates change with membership and dates.</summary>
    public static void Affected(PlanEdit edit, RenderSelection selection)
    {
        if (edit.Moved || edit.TopicsChanged || edit.KindChanged || edit.Old.LastModified != edit.Updated.LastModified)
            selection.Whole(new SitemapJob());
    }

    private static IEnumerable<(string, DateOnly?)> Entries(PageContext ctx)
    {
        var site = ctx.Site;
        var latest = site.Plans.Count == 0 ? (DateOnly?)null : site.Plans.Max(p => p.LastModified);
        yield return (SitePaths.Home, latest);
        yield return (SitePaths.Years, latest);
        // The newest date once per listing, not once per page: a topic has hundreds of pages and thousands of plans.
        foreach (var y in site.Years)
        {
            var newest = site.PlansOfYear(y).Max(p => (DateOnly?)p.LastModified);
            foreach (var page in ctx.PagePaths(SitePaths.Year(y), site.PlansOfYear(y).Count)) yield return (page, newest);
        }
        yield return (SitePaths.Topics, latest);
        foreach (var t in site.Config.Topics)
        {
            var newest = site.PlansOfTopic(t.Slug).Max(p => (DateOnly?)p.LastModified);
            foreach (var page in ctx.PagePaths(SitePaths.Topic(t.Slug), site.PlansOfTopic(t.Slug).Count)) yield return (page, newest);
        }
        foreach (var k in site.ListedKinds)
        {
            var newest = site.PlansOfKind(k).Max(p => (DateOnly?)p.LastModified);
            foreach (var page in ctx.PagePaths(SitePaths.Kind(k), site.PlansOfKind(k).Count)) yield return (page, newest);
        }
        foreach (var p in site.Plans) yield return (p.Path, p.LastModified);
        yield return (SitePaths.Search, null);
    }
}

/// <summary>robots.txt: the sitemap's address, whatever the plans.</summary>
public sealed record RobotsJob : RenderJob, IPageKind
{
    public static IEnumerable<RenderJob> Jobs(Site site) => [new RobotsJob()];

    public override IEnumerable<string> Paths(Site site) => [SitePaths.Robots];

    public override IEnumerable<OutputFile> Render(PageContext ctx, TopicTagger tagger, Func<int, bool>? include) => [FeedPages.Robots(ctx)];

    public static void Affected(PlanEdit edit, RenderSelection selection)
    {
    }
}

/// <summary>/data/plans-2024.json, sections-2024.zip and figures-2024.zip for each year and their index: the open data.</summary>
public sealed record OpenDataJob : RenderJob, IPageKind
{
    public static bool LeftToFullRebuild => true;

    public static IEnumerable<RenderJob> Jobs(Site site) => [new OpenDataJob()];

    public override IEnumerable<string> Paths(Site site) => OpenDataPages.Paths(site);

    public override IEnumerable<OutputFile> Render(PageContext ctx, TopicTagger tagger, Func<int, bool>? include) =>
        OpenDataPages.Render(ctx);

    // Left to the full rebuild (see LeftToFullRebuild): they hold every plan's figures.
    public static void Affected(PlanEdit edit, RenderSelection selection)
    {
    }
}
