using System.Collections.Concurrent;
using StaticPlans.Diagnostics;
using StaticPlans.Model;
using StaticPlans.Output;
using StaticPlans.Rendering;
using StaticPlans.Rendering.Pages;
using StaticPlans.Rendering.Theme;

namespace StaticPlans.Building;

/// <summary>The render stage: every page of the site as bytes, in a fixed order.</summary>
public static class RenderStage
{
    public static IReadOnlyList<OutputFile> Render(Site site, TopicTagger tagger, ThemeEngine theme,
        IReadOnlyDictionary<string, string> strings, DiagnosticBag diagnostics)
    {
        var ctx = new PageContext(site, theme, strings);
        var jobs = new List<Func<OutputFile>>
        {
            () => ListPages.Home(ctx),
            () => ListPages.Years(ctx),
            () => ListPages.Topics(ctx),
            () => ListPages.Search(ctx),
            () => ListPages.NotFound(ctx),
            () => FeedPages.Atom(ctx, site.Plans, "feed.xml", site.Config.Title),
            () => FeedPages.Sitemap(ctx, SitemapEntries(site)),
            () => FeedPages.Robots(ctx),
        };
        jobs.AddRange(site.Years.Select(y => (Func<OutputFile>)(() => ListPages.Year(ctx, y))));
        jobs.AddRange(site.Config.Topics.Select(t => (Func<OutputFile>)(() => TopicPages.Render(ctx, tagger, t))));
        jobs.AddRange(site.Plans.Select(p => (Func<OutputFile>)(() => PlanPages.Render(ctx, p))));

        var results = new OutputFile?[jobs.Count];
        var failures = new ConcurrentBag<Diagnostic>();
        Parallel.For(0, jobs.Count, i =>
        {
            try
            {
                results[i] = jobs[i]();
            }
            catch (TemplateRenderException e)
            {
                failures.Add(e.Diagnostic);
            }
        });
        diagnostics.AddRange(failures);
        return results.OfType<OutputFile>().ToList();
    }

    private static IEnumerable<(string, DateOnly?)> SitemapEntries(Site site)
    {
        var latest = site.Plans.FirstOrDefault()?.Date;
        yield return ("", latest);
        yield return ("years/", latest);
        foreach (var y in site.Years) yield return (UrlBuilder.Year(y), site.PlansOfYear(y).Max(p => (DateOnly?)p.Date));
        yield return ("topics/", latest);
        foreach (var t in site.Config.Topics) yield return (UrlBuilder.Topic(t.Slug), site.PlansOfTopic(t.Slug).Max(p => (DateOnly?)p.Date));
        foreach (var p in site.Plans) yield return (p.Path, p.Date);
        yield return ("search/", null);
    }
}
