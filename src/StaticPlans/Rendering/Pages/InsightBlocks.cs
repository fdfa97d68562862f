using System.Globalization;
using StaticPlans.Insights;
using StaticPlans.Insights.Figures;
using StaticPlans.Model;
using StaticPlans.Output;
using StaticPlans.Output.OpenData;
using StaticPlans.Rendering.Theme;

namespace StaticPlans.Rendering.Pages;

/// <summary>The parts of pages that come from the insights: 主要数据 rows, 往年相关 links, money charts.</summary>
public static class InsightBlocks
{
    private const decimal WanYuan = 10_000m;

    /// <summary>
    /// The 主要数据 rows: figures with a clear referent only. Left out: a figure with no words naming it (a bare table
    /// cell whose row has no name), a count of one (每半年专题研判1次 states a frequency, 各1间 a quota), and a figure
    /// that qualifies a noun (56人以上大班额 is a class-size limit, 500万元以上的项目 a threshold), not a quantity.
    /// </summary>
    public static IReadOnlyList<FigureRow> FigureRows(PageContext ctx, Plan plan)
    {
        var planUrl = ctx.Urls.Path(plan.Path);
        // A plan has some 90 figures, a section's in a row and six classes in all: each section's link and each
        // class's name is made once per plan, not once per figure.
        var classNames = new string?[Enum.GetValues<MoneyClass>().Length];
        Section? section = null;
        var sectionUrl = planUrl;
        var rows = new List<FigureRow>();
        foreach (var f in ctx.Insights.FiguresOf(plan))
        {
            if (!IsKeyFigure(f.Figure)) continue;
            if (f.Section is not null && !ReferenceEquals(f.Section, section))
            {
                section = f.Section;
                sectionUrl = planUrl + "#" + section.Id;
            }
            rows.Add(new FigureRow(
                FigureFormat.Range(f.Figure.Value, f.Figure.ValueMax, ""),
                f.Figure.Unit,
                f.Figure.Label,
                f.Figure.Sentence,
                f.Section is null ? planUrl : sectionUrl,
                f.Section?.Heading ?? plan.Title,
                classNames[(int)f.Figure.Class] ??= ClassName(ctx, f.Figure.Class)));
        }
        return rows;
    }

    internal static bool IsKeyFigure(Figure figure) =>
        figure.Label.Length >= 2
        && !(figure.Category == FigureCategory.Count && figure.Value == 1 && figure.ValueMax is null)
        && !MoneyClassifier.IsThreshold(figure.Sentence, figure.MatchStart + figure.MatchLength);

    private static string ClassName(PageContext ctx, MoneyClass moneyClass) => moneyClass == MoneyClass.None
        ? ""
        : ctx.Text("money_class_" + PlansJsonWriter.ClassName(moneyClass)!.Replace('-', '_'));

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

    /// <summary>
    /// A topic's money per year, planned and reported apart; charted only when it spans two years or more (one bar
    /// compares nothing), with every row tracing the amounts it adds up and the topic's multi-year amounts listed.
    /// </summary>
    public static MoneyChart? TopicMoney(PageContext ctx, TopicDefinition topic)
    {
        var sums = ctx.Insights.Money.Where(m => m.Slug == topic.Slug && m.Yuan > 0).ToList();
        var rows = sums.Select(m => Row(ctx, m, m.Year + ctx.Text("year_suffix"), ctx.Urls.Path(UrlBuilder.Year(m.Year)))).ToList();
        var multiYear = ctx.Insights.MultiYear.Where(m => m.Source.Figure.Topics.Contains(topic.Slug)).Select(m => Source(ctx, m.Source)).ToList();
        var title = ThemeStrings.Fill(ctx.Text("money_topic_chart_title"), "topic", topic.Name);
        var draw = sums.Select(m => m.Year).Distinct().Count() >= 2;
        return Block(ctx, title, ThemeStrings.Fill(ctx.Text("money_topic_chart_desc"), "topic", topic.Name), rows, multiYear, draw);
    }

    /// <summary>A year's money per topic (amounts of no single topic in a row of their own); charted for two groups or more.</summary>
    public static MoneyChart? YearMoney(PageContext ctx, int year)
    {
        var sums = ctx.Insights.Money.Where(m => m.Year == year && m.Yuan > 0)
            .Select(m => (Money: m, Topic: m.Slug is null ? null : ctx.Config.FindTopic(m.Slug)))
            .Where(m => m.Money.Slug is null || m.Topic is not null)
            .ToList();
        var largest = sums.GroupBy(m => m.Money.Slug ?? "").ToDictionary(g => g.Key, g => g.Max(m => m.Money.Yuan), StringComparer.Ordinal);
        var rows = sums
            .OrderByDescending(m => largest[m.Money.Slug ?? ""]).ThenBy(m => m.Money.Slug ?? "", StringComparer.Ordinal).ThenBy(m => m.Money.Basis)
            .Select(m => Row(ctx, m.Money, m.Topic?.Name ?? ctx.Text("money_no_topic"), m.Topic is null ? null : ctx.Urls.Path(UrlBuilder.Topic(m.Topic.Slug))))
            .ToList();
        var multiYear = ctx.Insights.MultiYear.Where(m => m.Year == year).Select(m => Source(ctx, m.Source)).ToList();
        var title = ThemeStrings.Fill(ctx.Text("money_year_chart_title"), "year", year.ToString(CultureInfo.InvariantCulture));
        var draw = largest.Count >= 2;
        return Block(ctx, title, ThemeStrings.Fill(ctx.Text("money_year_chart_desc"), "year", year.ToString(CultureInfo.InvariantCulture)), rows, multiYear, draw);
    }

    private static MoneyChart? Block(PageContext ctx, string title, string description, List<MoneyRow> rows, List<MoneySourceRow> multiYear, bool draw)
    {
        if (rows.Count == 0 && multiYear.Count == 0)
        {
            return null;
        }
        var unit = ctx.Text("money_unit");
        RawHtml? svg = null;
        if (draw)
        {
            var bars = rows.Select(r => (Label: BarLabel(ctx, r), Value: r.Wan)).ToList();
            var spelled = string.Join("；", bars.Select(b => b.Label + FigureFormat.WithUnit(b.Value, unit)));
            svg = new RawHtml(SvgBarChart.Render(title, description + spelled + "。", bars, unit));
        }
        return new MoneyChart(title, svg, unit, rows, multiYear);
    }

    private static string BarLabel(PageContext ctx, MoneyRow row) => ThemeStrings.Fill(ThemeStrings.Fill(ctx.Text("money_bar_label"), "label", row.Label), "basis", row.Basis);

    private static MoneyRow Row(PageContext ctx, TopicMoney money, string label, string? url) => new(
        label,
        ctx.Text(money.Basis == MoneyBasis.Planned ? "money_basis_planned" : "money_basis_reported"),
        FigureFormat.Number(ToWan(money.Yuan)),
        url,
        money.Sources.Where(s => s.Counted).Select(s => Source(ctx, s)).ToList(),
        ToWan(money.Yuan),
        NotCounted(ctx, money));

    /// <summary>How many amounts the row leaves out and why, each reason said once, in the order of the first it explains.</summary>
    private static MoneyNotCounted? NotCounted(PageContext ctx, TopicMoney money)
    {
        var left = money.Sources.Where(s => !s.Counted).ToList();
        if (left.Count == 0) return null;
        var reasons = left.Select(s => s.OtherDocument ? "money_other_document" : "money_not_counted").Distinct().Select(ctx.Text);
        var text = ThemeStrings.Fill(ThemeStrings.Fill(ctx.Text("money_not_counted_line"), "count", left.Count.ToString(CultureInfo.InvariantCulture)),
            "reasons", string.Join("；", reasons));
        var data = left.Select(s => s.Plan.Year).Distinct().OrderBy(y => y != money.Year).ThenByDescending(y => y)
            .Select(y => new MoneyDataLink(ctx.Urls.Path(SitePaths.FiguresZipOf(y)),
                ThemeStrings.Fill(ctx.Text("money_not_counted_data"), "year", y.ToString(CultureInfo.InvariantCulture))))
            .ToList();
        return new MoneyNotCounted(left.Count, text, data);
    }

    private static MoneySourceRow Source(PageContext ctx, MoneySource source)
    {
        var figure = source.Figure.Figure;
        var url = ctx.Urls.Path(source.Plan.Path) + (source.Figure.Section is { } section ? "#" + section.Id : "");
        var where = source.Figure.Section is { } s ? source.Plan.Title + " · " + s.Heading : source.Plan.Title;
        return new MoneySourceRow(FigureFormat.Range(figure.Value, figure.ValueMax, figure.Unit), url, figure.Sentence, where);
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
