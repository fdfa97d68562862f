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
        IOutputSink sink, DiagnosticBag diagnostics, BuildProgress? progress = null, SiteInsights? insights = null) =>
        Run(Jobs(new PageContext(site, theme, strings, insights), tagger, progress), sink, diagnostics);

    /// <summary>Renders only the pages whose job key <paramref name="include"/> accepts (serve's one-plan edits).</summary>
    public static void RenderSome(Site site, TopicTagger tagger, ThemeEngine theme, IReadOnlyDictionary<string, string> strings,
        IOutputSink sink, DiagnosticBag diagnostics, SiteInsights? insights, Func<string, bool> include) =>
        Run(Jobs(new PageContext(site, theme, strings, insights), tagger, null).Where(j => include(j.Key)).ToList(), sink, diagnostics);

    /// <summary>Job keys: "plan:" + plan path, "year:" + year, "topic:" + slug, "topic-feed:" + slug, and one key per site-wide file.</summary>
    private static List<(string Key, Func<IEnumerable<OutputFile>> Make)> Jobs(PageContext ctx, TopicTagger tagger, BuildProgress? progress)
    {
        var site = ctx.Site;
        var jobs = new List<(string, Func<IEnumerable<OutputFile>>)>
        {
            ("home", () => [ListPages.Home(ctx)]),
            ("years", () => [ListPages.Years(ctx)]),
            ("topics", () => [ListPages.Topics(ctx)]),
            ("search", () => [ListPages.Search(ctx)]),
            ("404", () => [ListPages.NotFound(ctx)]),
            ("feed", () => [FeedPages.Atom(ctx, site.Plans, "feed.xml", site.Config.Title)]),
            ("sitemap", () => [FeedPages.Sitemap(ctx, SitemapEntries(ctx))]),
            ("robots", () => [FeedPages.Robots(ctx)]),
            ("open-data", () => [OpenDataPages.PlansJson(ctx), OpenDataPages.FiguresCsv(ctx)]),
        };
        jobs.AddRange(site.Years.Select(y => ($"year:{y}", (Func<IEnumerable<OutputFile>>)(() => ListPages.Year(ctx, y)))));
        jobs.AddRange(site.Config.Topics.Select(t => ($"topic:{t.Slug}", (Func<IEnumerable<OutputFile>>)(() => TopicPages.Render(ctx, tagger, t)))));
        jobs.AddRange(site.Config.Topics.Select(t => ($"topic-feed:{t.Slug}", (Func<IEnumerable<OutputFile>>)(() => [TopicPages.Feed(ctx, t)]))));
        jobs.AddRange(site.Plans.Select(p => ($"plan:{p.Path}", (Func<IEnumerable<OutputFile>>)(() =>
        {
            var file = PlanPages.Render(ctx, p);
            progress?.Step();
            return [file];
        }))));
        return jobs;
    }

    private static void Run(List<(string Key, Func<IEnumerable<OutputFile>> Make)> jobs, IOutputSink sink, DiagnosticBag diagnostics)
    {
        var failures = new ConcurrentBag<Diagnostic>();
        Parallel.For(0, jobs.Count, i =>
        {
            try
            {
                foreach (var file in jobs[i].Make()) sink.Add(file);
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
