using System.Globalization;
using StaticPlans.Insights;
using StaticPlans.Model;
using StaticPlans.Rendering.Theme;
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
    /// The 往年相关 list of each section, by section id, for <see cref="MarkdownHtml.Render"/> to put at the end of
    /// the section's own text (just before the next heading, or at the end of the body).
    /// </summary>
    public static Action<string, TextWriter> RelatedAfterSection(PageContext ctx, Plan plan)
    {
        var sections = new Dictionary<string, Section>(StringComparer.Ordinal);
        foreach (var section in plan.Sections) sections.TryAdd(section.Id, section);
        var title = Html.Escape(ctx.Text("related_title"));
        return (id, html) =>
        {
            if (!sections.TryGetValue(id, out var section)) return;
            var links = ctx.Insights.RelatedTo(plan, section);
            if (links.Count > 0) WriteRelated(html, ctx, title, links);
        };
    }

    public static MoneyChart? TopicMoney(PageContext ctx, TopicDefinition topic)
    {
        var rows = ctx.Insights.Money.Where(m => m.Slug == topic.Slug && m.Yuan > 0)
            .Select(m => (Label: m.Year + ctx.Text("year_suffix"), Wan: ToWan(m.Yuan), Url: (string?)ctx.Urls.Path(UrlBuilder.Year(m.Year))))
            .ToList();
        var title = ThemeStrings.Fill(ctx.Text("money_topic_chart_title"), "topic", topic.Name);
        return Chart(ctx, title, ThemeStrings.Fill(ctx.Text("money_topic_chart_desc"), "topic", topic.Name), rows);
    }

    public static MoneyChart? YearMoney(PageContext ctx, int year)
    {
        var rows = ctx.Insights.Money.Where(m => m.Year == year && m.Yuan > 0)
            .Select(m => (Topic: ctx.Config.FindTopic(m.Slug), m.Yuan))
            .Where(m => m.Topic is not null)
            .OrderByDescending(m => m.Yuan)
            .Select(m => (Label: m.Topic!.Name, Wan: ToWan(m.Yuan), Url: (string?)ctx.Urls.Path(UrlBuilder.Topic(m.Topic.Slug))))
            .ToList();
        var title = ThemeStrings.Fill(ctx.Text("money_year_chart_title"), "year", year.ToString(CultureInfo.InvariantCulture));
        return Chart(ctx, title, ThemeStrings.Fill(ctx.Text("money_year_chart_desc"), "year", year.ToString(CultureInfo.InvariantCulture)), rows);
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

    private static void WriteRelated(TextWriter html, PageContext ctx, string title, IReadOnlyList<RelatedLink> links)
    {
        html.Write("<div class=\"related\"><p class=\"related-title\">");
        html.Write(title);
        html.Write("</p><ul>");
        foreach (var link in links)
        {
            html.Write("<li><a href=\"");
            html.Write(Html.Escape(ctx.Urls.Path(link.Plan.Path)));
            html.Write('#');
            html.Write(Html.Escape(link.Section.Id));
            html.Write("\">");
            html.Write(Html.Escape(link.Plan.Title));
            html.Write(" · ");
            html.Write(Html.Escape(link.Section.Heading));
            html.Write("</a></li>");
        }
        html.Write("</ul></div>\n");
    }
}
