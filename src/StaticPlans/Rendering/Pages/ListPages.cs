using System.Globalization;
using StaticPlans.Model;
using StaticPlans.Output;
using StaticPlans.Rendering.Theme;

namespace StaticPlans.Rendering.Pages;

/// <summary>Home, years, topics, search and 404: the pages that lead a reader to plans.</summary>
public static class ListPages
{
    /// <summary>How many of the newest plans the home page lists.</summary>
    public const int HomeLatest = 10;

    public static OutputFile Home(PageContext ctx)
    {
        var latest = ctx.Site.Plans.Take(HomeLatest).Select(ctx.Link).ToList();
        var page = ctx.Page(ctx.Config.Title, SitePaths.Home, ctx.Text("column_home"), ctx.Text("home_description"), ctx.Text("home_keywords"),
            ctx.Site.Plans.FirstOrDefault()?.Date);
        return ctx.Render(SitePaths.Home, "home.html", page, m =>
        {
            m.SetValue("plans", latest, true);
            m.SetValue("years", ctx.YearLinks(), true);
            m.SetValue("topics", ctx.TopicLinks(), true);
            m.SetValue("plan_count", ctx.Site.Plans.Count, true);
        });
    }

    public static OutputFile Years(PageContext ctx)
    {
        var page = ctx.Page(ctx.Text("years_title"), SitePaths.Years, ctx.Text("column_years"), ctx.Text("years_description"), "",
            ctx.Site.Plans.FirstOrDefault()?.Date);
        return ctx.Render(SitePaths.Years, "years.html", page, m => m.SetValue("years", ctx.YearLinks(), true));
    }

    /// <param name="include">Which page numbers of the listing to make; null for all.</param>
    public static IEnumerable<OutputFile> Year(PageContext ctx, int year, Func<int, bool>? include = null)
    {
        var plans = ctx.Site.PlansOfYear(year);
        var kinds = ctx.Config.Kinds.Select(k => new KindCount(k.Key, k.Value, plans.Count(p => p.Kind == k.Key), PageContext.KindUrl(ctx.Urls, k.Key)))
            .Where(k => k.Count > 0).ToList();
        var title = ThemeStrings.Fill(ctx.Text("year_title"), "year", year.ToString(CultureInfo.InvariantCulture));
        var money = InsightBlocks.YearMoney(ctx, year);
        var firstPage = ctx.Urls.Path(SitePaths.Year(year));
        foreach (var (path, pager, items) in ctx.Paginate(SitePaths.Year(year), plans, include))
        {
            var pageTitle = ctx.PagedTitle(title, pager);
            var page = ctx.Page(pageTitle, path, ctx.Text("column_years"), title, year.ToString(), plans.FirstOrDefault()?.Date);
            yield return ctx.Render(path, "year.html", page, m =>
            {
                m.SetValue("year", year, true);
                m.SetValue("plans", items.Select(ctx.Link).ToList(), true);
                m.SetValue("kinds", kinds, true);
                m.SetValue("years", ctx.YearLinks(), true);
                m.SetValue("pager", pager, true);
                // Computed once for the year and shown on page 1 only; the later pages link to it.
                m.SetValue("money", pager.Number == 1 ? money : null, true);
                m.SetValue("money_first_page", money is not null && pager.Number > 1 ? firstPage : null, true);
            });
        }
    }

    /// <summary>Every plan of one kind (全部工作总结), newest first, in pages like a year's.</summary>
    public static IEnumerable<OutputFile> Kind(PageContext ctx, string kind, Func<int, bool>? include = null)
    {
        var plans = ctx.Site.PlansOfKind(kind);
        var name = ctx.Config.KindName(kind);
        var title = ThemeStrings.Fill(ctx.Text("kind_title"), "kind", name);
        var others = ctx.Site.ListedKinds.Select(k => new KindCount(k, ctx.Config.KindName(k), ctx.Site.PlansOfKind(k).Count,
            PageContext.KindUrl(ctx.Urls, k))).ToList();
        foreach (var (path, pager, items) in ctx.Paginate(SitePaths.Kind(kind), plans, include))
        {
            var page = ctx.Page(ctx.PagedTitle(title, pager), path, ctx.Text("column_kinds"), ThemeStrings.Fill(ctx.Text("kind_description"), "kind", name),
                name, plans.FirstOrDefault()?.Date);
            yield return ctx.Render(path, "kind.html", page, m =>
            {
                m.SetValue("kind", new KindCount(kind, name, plans.Count, PageContext.KindUrl(ctx.Urls, kind)), true);
                m.SetValue("kinds", others, true);
                m.SetValue("plans", items.Select(ctx.Link).ToList(), true);
                m.SetValue("pager", pager, true);
            });
        }
    }

    public static OutputFile Topics(PageContext ctx)
    {
        var page = ctx.Page(ctx.Text("topics_title"), SitePaths.Topics, ctx.Text("column_topics"), ctx.Text("topics_description"),
            string.Join(",", ctx.Config.Topics.Select(t => t.Name)), ctx.Site.Plans.FirstOrDefault()?.Date);
        return ctx.Render(SitePaths.Topics, "topics.html", page, m => m.SetValue("topics", ctx.TopicLinks(), true));
    }

    public static OutputFile Search(PageContext ctx)
    {
        var page = ctx.Page(ctx.Text("search_title"), SitePaths.Search, ctx.Text("column_search"), ctx.Text("search_description"), "", null);
        return ctx.Render(SitePaths.Search, "search.html", page, m =>
        {
            m.SetValue("years", ctx.YearLinks(), true);
            m.SetValue("topics", ctx.TopicLinks(), true);
        });
    }

    public static OutputFile NotFound(PageContext ctx)
    {
        // Its column is its own: the page is no part of the home page, so no item of the navigation is current.
        var page = ctx.Page(ctx.Text("not_found_title"), SitePaths.NotFound, ctx.Text("not_found_title"), ctx.Text("not_found_title"), "", null);
        return ctx.Render(SitePaths.NotFound, "404.html", page, m =>
        {
            m.SetValue("years", ctx.YearLinks(), true);
            m.SetValue("topics", ctx.TopicLinks(), true);
        });
    }
}
