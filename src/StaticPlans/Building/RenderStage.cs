using System.Collections.Concurrent;
using StaticPlans.Diagnostics;
using StaticPlans.Insights;
using StaticPlans.Model;
using StaticPlans.Output;
using StaticPlans.Rendering;
using StaticPlans.Rendering.Pages;
using StaticPlans.Rendering.Theme;
using StaticPlans.Threading;

namespace StaticPlans.Building;

/// <summary>The render stage: every page of the site as bytes, in a fixed order.</summary>
public static class RenderStage
{
    /// <summary>Renders every page into <paramref name="sink"/> as it is made, so the site never sits whole in memory.</summary>
    public static void Render(Site site, TopicTagger tagger, ThemeEngine theme, IReadOnlyDictionary<string, string> strings,
        IOutputSink sink, DiagnosticBag diagnostics, BuildProgress? progress = null, SiteInsights? insights = null,
        CancellationToken cancel = default)
    {
        var ctx = new PageContext(site, theme, strings, insights);
        Run(AllKeys(site).Select(key => Job(ctx, tagger, key, null, progress)).ToList(), sink, diagnostics, cancel);
    }

    /// <summary>Renders only the selected jobs and pages (serve's one-plan edits).</summary>
    public static void RenderSome(Site site, TopicTagger tagger, ThemeEngine theme, IReadOnlyDictionary<string, string> strings,
        IOutputSink sink, DiagnosticBag diagnostics, SiteInsights? insights, RenderSelection selection)
    {
        var ctx = new PageContext(site, theme, strings, insights);
        Run(selection.Keys.Select(key => Job(ctx, tagger, key, selection.PagesOf(key), null)).ToList(), sink, diagnostics, default);
    }

    /// <summary>Every job of a full build: the site-wide files, then listings (the longest jobs), then one per plan.</summary>
    private static IEnumerable<string> AllKeys(Site site) =>
        RenderJobs.SiteWide
            .Concat(site.Years.Select(RenderJobs.Year))
            .Concat(site.Config.Topics.Select(t => RenderJobs.Topic(t.Slug)))
            .Concat(site.Config.Topics.Select(t => RenderJobs.TopicFeed(t.Slug)))
            .Concat(site.ListedKinds.Select(RenderJobs.Kind))
            .Concat(site.Plans.Select(p => RenderJobs.Plan(p.Path)));

    /// <param name="pages">The listing pages to make, by number; null for all.</param>
    private static Func<IEnumerable<OutputFile>> Job(PageContext ctx, TopicTagger tagger, string key, IReadOnlySet<int>? pages, BuildProgress? progress)
    {
        var site = ctx.Site;
        Func<int, bool>? include = pages is null ? null : pages.Contains;
        switch (key)
        {
            case RenderJobs.Home: return () => [ListPages.Home(ctx)];
            case RenderJobs.Years: return () => [ListPages.Years(ctx)];
            case RenderJobs.Topics: return () => [ListPages.Topics(ctx)];
            case RenderJobs.Search: return () => [ListPages.Search(ctx)];
            case RenderJobs.NotFound: return () => [ListPages.NotFound(ctx)];
            case RenderJobs.Feed: return () => [FeedPages.Atom(ctx, site.Plans, SitePaths.Feed, site.Config.Title)];
            case RenderJobs.Sitemap: return () => [FeedPages.Sitemap(ctx, SitemapEntries(ctx))];
            case RenderJobs.Robots: return () => [FeedPages.Robots(ctx)];
            case RenderJobs.OpenData: return () => OpenDataPages.Render(ctx);
        }
        if (key.StartsWith(RenderJobs.YearPrefix, StringComparison.Ordinal) && int.TryParse(key.AsSpan(RenderJobs.YearPrefix.Length), out var year))
            return () => ListPages.Year(ctx, year, include);
        if (key.StartsWith(RenderJobs.TopicPrefix, StringComparison.Ordinal) && site.Config.FindTopic(key[RenderJobs.TopicPrefix.Length..]) is { } topic)
            return () => TopicPages.Render(ctx, tagger, topic, include);
        if (key.StartsWith(RenderJobs.TopicFeedPrefix, StringComparison.Ordinal) && site.Config.FindTopic(key[RenderJobs.TopicFeedPrefix.Length..]) is { } fed)
            return () => [TopicPages.Feed(ctx, fed)];
        if (key.StartsWith(RenderJobs.KindPrefix, StringComparison.Ordinal) && key[RenderJobs.KindPrefix.Length..] is var kind
            && site.Config.Kinds.Any(k => k.Key == kind))
            return () => site.ListedKinds.Contains(kind) ? ListPages.Kind(ctx, kind, include) : [];
        if (key.StartsWith(RenderJobs.PlanPrefix, StringComparison.Ordinal) && site.PlanAt(key[RenderJobs.PlanPrefix.Length..]) is { } plan)
        {
            return () =>
            {
                var file = PlanPages.Render(ctx, plan);
                progress?.Step();
                return [file];
            };
        }
        throw new ArgumentException($"no render job '{key}' in this site", nameof(key));
    }

    private static void Run(List<Func<IEnumerable<OutputFile>>> jobs, IOutputSink sink, DiagnosticBag diagnostics, CancellationToken cancel)
    {
        var failures = new ConcurrentBag<Diagnostic>();
        Parallel.For(0, jobs.Count, ParallelWork.Options(cancel), i =>
        {
            try
            {
                foreach (var file in jobs[i]())
                {
                    // A listing can run to hundreds of pages: a cancelled build stops between them.
                    if (cancel.IsCancellationRequested) return;
                    sink.Add(file);
                }
            }
            catch (TemplateRenderException e)
            {
                failures.Add(e.Diagnostic);
            }
        });
        cancel.ThrowIfCancellationRequested();
        diagnostics.AddRange(failures);
    }

    private static IEnumerable<(string, DateOnly?)> SitemapEntries(PageContext ctx)
    {
        var site = ctx.Site;
        var latest = site.Plans.Count == 0 ? (DateOnly?)null : site.Plans.Max(p => p.LastModified);
        yield return (SitePaths.Home, latest);
        yield return (SitePaths.Years, latest);
        // The newest date once per listing, not once per page: a topic has hundreds of pages and thousands of plans.
        foreach (var y in site.Years)
        {
            var newest = site.PlansOfYear(y).Max(p => (DateOnly?)p.LastModified);
            foreach (var page in ctx.PagePaths(UrlBuilder.Year(y), site.PlansOfYear(y).Count)) yield return (page, newest);
        }
        yield return (SitePaths.Topics, latest);
        foreach (var t in site.Config.Topics)
        {
            var newest = site.PlansOfTopic(t.Slug).Max(p => (DateOnly?)p.LastModified);
            foreach (var page in ctx.PagePaths(UrlBuilder.Topic(t.Slug), site.PlansOfTopic(t.Slug).Count)) yield return (page, newest);
        }
        foreach (var k in site.ListedKinds)
        {
            var newest = site.PlansOfKind(k).Max(p => (DateOnly?)p.LastModified);
            foreach (var page in ctx.PagePaths(UrlBuilder.Kind(k), site.PlansOfKind(k).Count)) yield return (page, newest);
        }
        foreach (var p in site.Plans) yield return (p.Path, p.LastModified);
        yield return (SitePaths.Search, null);
    }
}
