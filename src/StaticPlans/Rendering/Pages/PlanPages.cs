using System.Globalization;
using StaticPlans.Model;
using StaticPlans.Output;

namespace StaticPlans.Rendering.Pages;

/// <summary>One page per plan: disclosure metadata block, table of contents, body with anchors, topics, prev/next.</summary>
public static class PlanPages
{
    public static OutputFile Render(PageContext ctx, Plan plan)
    {
        var sameYear = ctx.Site.PlansOfYear(plan.Year);
        var index = ctx.PositionInYear(plan);
        // Lists are newest first, so "previous" is the older neighbour.
        var prev = index + 1 < sameYear.Count ? ctx.Link(sameYear[index + 1]) : null;
        var next = index > 0 ? ctx.Link(sameYear[index - 1]) : null;
        var labels = new MarkdownHtml.TableLabels(ctx.Text("table_label"), ctx.Text("table_label_section"));
        var related = InsightBlocks.RelatedAfterSection(ctx, plan);
        var body = new HtmlFragment(writer =>
            MarkdownHtml.Render(PlanMarkdown.Tree(plan), writer, ctx.Urls.RewriteContentLink, ctx.Text("anchor_label"), labels, related));
        var topics = plan.Topics.Select(ctx.TopicLink).ToList();
        // Levels as shown (no gaps), so "1、" items written #### straight under ## are listed like any subsection.
        var outline = new OutlineLevels();
        var toc = plan.Sections.Select(s => new TocEntry(s.Id, s.Heading, outline.Next(s.Level))).Where(e => e.Level <= 3).ToList();
        var view = new PlanView(plan.Title, plan.Year, plan.Kind, plan.KindName, plan.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), plan.Bureau,
            plan.DocNo, plan.IndexNo, plan.Summary, ctx.Urls.Path(plan.Path), topics, toc, body, prev, next)
        {
            Draft = plan.Draft,
            Updated = plan.Updated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Attachments = plan.Attachments.Select(a => new AttachmentView(a.Name, ctx.Urls.Path(plan.Path + a.Name), a.Type, a.MediaType,
                PlanAttachment.FormatSize(a.Bytes))).ToList(),
            KindUrl = PageContext.KindUrl(ctx.Urls, plan.Kind),
        };
        var keywords = string.Join(",", topics.Select(t => t.Name).Prepend(plan.KindName));
        var page = ctx.Page(plan.Title, plan.Path, ctx.Text("column_plans"), plan.Summary, keywords, plan.Date) with { Language = plan.Language };
        var counterparts = ctx.Insights.CounterpartsOf(plan);
        return ctx.Render(plan.Path, "plan.html", page, m =>
        {
            m.SetValue("plan", view, true);
            m.SetValue("figures", InsightBlocks.FigureRows(ctx, plan), true);
            m.SetValue("counterparts", counterparts.Select(ctx.Link).ToList(), true);
            m.SetValue("counterparts_title", ctx.Text(CounterpartsTitleKey(counterparts)), true);
            m.SetValue("json_ld", JsonLd.Report(ctx, plan, topics.Select(t => t.Name).Prepend(plan.KindName)), true);
        });
    }

    private static string CounterpartsTitleKey(IReadOnlyList<Plan> counterparts)
    {
        var summaries = counterparts.All(Insights.Related.Counterparts.IsSummary);
        var plans = counterparts.All(p => Insights.Related.Counterparts.IsPlan(p) && !Insights.Related.Counterparts.IsSummary(p));
        return summaries ? "counterparts_summaries" : plans ? "counterparts_plans" : "counterparts_both";
    }
}
