using StaticPlans.Insights;
using StaticPlans.Insights.Figures;
using StaticPlans.Model;
using StaticPlans.Output;
using StaticPlans.Output.OpenData;

namespace StaticPlans.Rendering.Pages;

/// <summary>/data/plans.json and /data/figures.csv: the site's plans, sections and figures as open data.</summary>
public static class OpenDataPages
{
    public static OutputFile PlansJson(PageContext ctx) =>
        OutputFile.Streamed(SitePaths.PlansJson, stream => PlansJsonWriter.Write(stream, Site(ctx)));

    public static OutputFile FiguresCsv(PageContext ctx) =>
        OutputFile.Streamed(SitePaths.FiguresCsv, stream => FiguresCsvWriter.Write(stream, Site(ctx).Plans));

    private static OpenDataSite Site(PageContext ctx) => new(
        ctx.Config.Title,
        ctx.Config.BaseUrl.AbsoluteUri,
        ctx.Config.Language,
        ctx.Site.Plans.Select(plan => new OpenDataPlan(
            plan.Title, plan.Year, plan.Kind, plan.KindName, plan.Date, plan.Bureau, plan.DocNo, plan.IndexNo,
            ctx.Urls.Absolute(plan.Path), plan.Topics, plan.Summary.Length == 0 ? null : plan.Summary,
            new MappedList<Section, OpenDataSection>(plan.Sections, s => new OpenDataSection(s.Id, s.Heading, s.Level, s.Topics)),
            new MappedList<PlanFigure, OpenDataFigure>(ctx.Insights.FiguresOf(plan), f => new OpenDataFigure(f.Section?.Id, f.Figure)))).ToArray());
}
