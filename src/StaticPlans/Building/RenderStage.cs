using System.Collections.Concurrent;
using StaticPlans.Diagnostics;
using StaticPlans.Insights;
using StaticPlans.Model;
using StaticPlans.Output;
using StaticPlans.Rendering;
using StaticPlans.Rendering.Pages;
using StaticPlans.Rendering.Theme;

namespace StaticPlans.Building;

/// <summary>The render stage: every page of the site as bytes, in a fixed order.</summary>
public static class RenderStage
{
    /// <summary>Renders every page into <paramref name="sink"/> as it is made, so the site never sits whole in memory.</summary>
    public static void Render(Site site, TopicTagger tagger, ThemeEngine theme, IReadOnlyDictionary<string, string> strings,
        IOutputSink sink, DiagnosticBag diagnostics, BuildProgress? progress = null, SiteInsights? insights = null)
    {
        var ctx = new PageContext(site, theme, strings, insights);
        var jobs = new List<Func<IEnumerable<OutputFile>>>
        {
            () => [ListPages.Home(ctx)],
            () => [ListPages.Years(ctx)],
            () => [ListPages.Topics(ctx)],
            () => [ListPages.Search(ctx)],
            () => [ListPages.NotFound(ctx)],
            () => [FeedPages.Atom(ctx, site.Plans, "feed.xml", site.Config.Title)],
            () => [FeedPages.Sitemap(ctx, SitemapEntries(ctx))],
            () => [FeedPages.Robots(ctx)],
            () => [OpenDataPages.PlansJson(ctx)],
            () => [OpenDataPages.FiguresCsv(ctx)],
        };
        jobs.AddRange(site.Years.Select(y => (Func<IEnumerable<OutputFile>>)(() => ListPages.Year(ctx, y))));
        jobs.AddRange(site.Config.Topics.Select(t => (Func<IEnumerable<OutputFile>>)(() => TopicPages.Render(ctx, tagger, t))));
        jobs.AddRange(site.Config.Topics.Select(t => (Func<IEnumerable<OutputFile>>)(() => [TopicPages.Feed(ctx, t)])));
        jobs.AddRange(site.Plans.Select(p => (Func<IEnumerable<OutputFile>>)(() =>
        {
            var file = PlanPages.Render(ctx, p);
            progress?.Step();
            return [file];
        })));

        var failures = new ConcurrentBag<Diagnostic>();
        Parallel.For(0, jobs.Count, i =>
        {
            try
            {
                foreach (var file in jobs[i]()) sink.Add(file);
            }
            catch (TemplateRenderException e)
            {
                failures.Add(e.Diagnostic);
            }
        });
        diagnostics.AddRange(failures);
    }

    private static IEnumerable<(string, DateOnly?)> SitemapEntries(PageContext ctx)
    {
        var site = ctx.Site;
        var latest = site.Plans.FirstOrDefault()?.Date;
        yield return ("", latest);
        yield return ("years/", latest);
        foreach (var y in site.Years)
        {
            foreach (var page in ctx.PagePaths(UrlBuilder.Year(y), site.PlansOfYear(y).Count))
                yield return (page, site.PlansOfYear(y).Max(p => (DateOnly?)p.Date));
        }
        yield return ("topics/", latest);
        foreach (var t in site.Config.Topics)
        {
            foreach (var page in ctx.PagePaths(UrlBuilder.Topic(t.Slug), site.PlansOfTopic(t.Slug).Count))
                yield return (page, site.PlansOfTopic(t.Slug).Max(p => (DateOnly?)p.Date));
        }
        foreach (var p in site.Plans) yield return (p.Path, p.Date);
        yield return ("search/", null);
    }
}
