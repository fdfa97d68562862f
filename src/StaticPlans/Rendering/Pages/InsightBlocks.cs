using System.Text;
using StaticPlans.Insights;
using StaticPlans.Model;
using StaticPlans.Output;

namespace StaticPlans.Rendering.Pages;

/// <summary>The parts of pages that come from the insights: 主要数据 rows, 往年相关 links, money charts.</summary>
public static class InsightBlocks
{
    private const decimal WanYuan = 10_000m;

    public static IReadOnlyList<FigureRow> FigureRows(PageContext ctx, Plan plan)
    {
        var planUrl = ctx.Urls.Path(plan.Path);
        return ctx.Insights.FiguresOf(plan).Select(f => new FigureRow(
            FigureFormat.Range(f.Figure.Value, f.Figure.ValueMax, ""),
            f.Figure.Unit,
            f.Figure.Label,
            f.Figure.Sentence,
            f.Section is null ? planUrl : planUrl + "#" + f.Section.Id,
            f.Section?.Heading ?? plan.Title)).ToList();
    }

    /// <summary>
    /// Puts a 往年相关 list at the end of each section's own text, i.e. just before the next heading in the rendered
    /// body (or at its end). Headings carry their section ids, so the place is found without re-parsing HTML.
    /// </summary>
    public static string WithRelatedLinks(PageContext ctx, Plan plan, string body)
    {
        var insertions = new List<(int At, string Html)>();
        var searchFrom = 0;
        var starts = new List<int>();
        foreach (var section in plan.Sections)
        {
            var at = HeadingStart(body, section.Id, searchFrom);
            starts.Add(at);
            if (at >= 0)
            {
                searchFrom = at + 1;
            }
        }
        for (var i = 0; i < plan.Sections.Count; i++)
        {
            var links = ctx.Insights.RelatedTo(plan, plan.Sections[i]);
            if (links.Count == 0 || starts[i] < 0)
            {
                continue;
            }
            var end = starts.Skip(i + 1).FirstOrDefault(s => s > starts[i], -1);
            insertions.Add((end < 0 ? body.Length : end, RelatedHtml(ctx, links)));
        }
        if (insertions.Count == 0)
        {
            return body;
        }
        var result = new StringBuilder(body.Length + insertions.Count * 400);
        var copied = 0;
        foreach (var (at, html) in insertions.OrderBy(x => x.At))
        {
            result.Append(body, copied, at - copied).Append(html);
            copied = at;
        }
        return result.Append(body, copied, body.Length - copied).ToString();
    }

    public static MoneyChart? TopicMoney(PageContext ctx, TopicDefinition topic)
    {
        var rows = ctx.Insights.Money.Where(m => m.Slug == topic.Slug && m.Yuan > 0)
            .Select(m => (Label: m.Year + ctx.Text("year_suffix"), Wan: ToWan(m.Yuan), Url: (string?)ctx.Urls.Path(UrlBuilder.Year(m.Year))))
            .ToList();
        var title = string.Format(ctx.Text("money_topic_chart_title"), topic.Name);
        return Chart(ctx, title, string.Format(ctx.Text("money_topic_chart_desc"), topic.Name), rows);
    }

    public static MoneyChart? YearMoney(PageContext ctx, int year)
    {
        var rows = ctx.Insights.Money.Where(m => m.Year == year && m.Yuan > 0)
            .Select(m => (Topic: ctx.Config.FindTopic(m.Slug), m.Yuan))
            .Where(m => m.Topic is not null)
            .OrderByDescending(m => m.Yuan)
            .Select(m => (Label: m.Topic!.Name, Wan: ToWan(m.Yuan), Url: (string?)ctx.Urls.Path(UrlBuilder.Topic(m.Topic.Slug))))
            .ToList();
        var title = string.Format(ctx.Text("money_year_chart_title"), year);
        return Chart(ctx, title, string.Format(ctx.Text("money_year_chart_desc"), year), rows);
    }

    private static MoneyChart? Chart(PageContext ctx, string title, string description, List<(string Label, decimal Wan, string? Url)> rows)
    {
        if (rows.Count == 0)
        {
            return null;
        }
        var unit = ctx.Text("money_unit");
        var spelled = string.Join("；", rows.Select(r => r.Label + FigureFormat.WithUnit(r.Wan, unit)));
        var svg = SvgBarChart.Render(title, description + spelled + "。", rows.Select(r => (r.Label, r.Wan)).ToList(), unit);
        return new MoneyChart(title, new RawHtml(svg), unit, rows.Select(r => new MoneyRow(r.Label, FigureFormat.Number(r.Wan), r.Url)).ToList());
    }

    private static decimal ToWan(decimal yuan) => Math.Round(yuan / WanYuan, 2);

    private static string RelatedHtml(PageContext ctx, IReadOnlyList<RelatedLink> links)
    {
        var html = new StringBuilder("<div class=\"related\"><p class=\"related-title\">");
        html.Append(Html.Escape(ctx.Text("related_title"))).Append("</p><ul>");
        foreach (var link in links)
        {
            html.Append("<li><a href=\"").Append(Html.Escape(ctx.Urls.Path(link.Plan.Path) + "#" + link.Section.Id)).Append("\">")
                .Append(Html.Escape(link.Plan.Title)).Append(" · ").Append(Html.Escape(link.Section.Heading)).Append("</a></li>");
        }
        return html.Append("</ul></div>\n").ToString();
    }

    private static int HeadingStart(string body, string id, int from)
    {
        var marker = " id=\"" + Html.Escape(id) + "\"";
        var at = body.IndexOf(marker, from, StringComparison.Ordinal);
        while (at >= 0)
        {
            var open = body.LastIndexOf('<', at);
            if (open >= 0 && open + 2 < body.Length && body[open + 1] == 'h' && char.IsAsciiDigit(body[open + 2]))
            {
                return open;
            }
            at = body.IndexOf(marker, at + 1, StringComparison.Ordinal);
        }
        return -1;
    }
}
