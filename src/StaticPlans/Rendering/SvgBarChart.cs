using System.Globalization;
using System.Text;
using StaticPlans.Insights.Figures;

namespace StaticPlans.Rendering;

/// <summary>
/// A horizontal bar chart drawn at build time as inline SVG: no script, no chart library. Horizontal bars leave
/// room for Chinese labels on a 320 px phone; the viewBox is 320 units wide and the SVG scales to its container
/// (width 100%). Screen readers get the title and description through role="img" and aria-labelledby; the page
/// puts the same numbers in a data table beside it. Text uses currentColor so it follows the theme (and its
/// high-contrast mode); bars are #1f5fa8, 6.9:1 against white, overridable through the chart-bar class.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 320;
    private const int Margin = 8;
    // The title is the chart's accessible name (<title>), not drawn: the page's heading and the table's caption show
    // it, and text drawn in a scaled SVG would be larger than the page's own headings on a wide screen.
    private const int TitleHeight = 6;
    private const int LabelSize = 13;
    private const int BarHeight = 16;
    private const int RowHeight = 44;
    private const int MaxLabelChars = 22;
    private const string BarColour = "#1f5fa8";
    private const string FontFamily = "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

    public static string Render(string title, string description, IReadOnlyList<(string Label, decimal Value)> bars, string unit)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var id = "chart-" + StableId(title, description, bars, unit);
        var height = TitleHeight + bars.Count * RowHeight + Margin;
        var values = bars.Select(b => FigureFormat.WithUnit(b.Value, unit)).ToArray();
        var reserve = Math.Min(Width / 2.0, values.Select(TextWidth).DefaultIfEmpty(0).Max() + 6);
        var track = Width - 2 * Margin - reserve;
        var max = bars.Select(b => Math.Max(0, b.Value)).DefaultIfEmpty(0).Max();

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" font-family=\"{FontFamily}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Escape(description)}</desc>");
        for (var i = 0; i < bars.Count; i++)
        {
            var top = TitleHeight + i * RowHeight;
            var length = max == 0 ? 0 : (double)(Math.Max(0, bars[i].Value) / max) * track;
            var barTop = top + LabelSize + 6;
            svg.Append(CultureInfo.InvariantCulture,
                $"<g class=\"chart-row\"><text class=\"chart-label\" x=\"{Margin}\" y=\"{top + LabelSize}\" font-size=\"{LabelSize}\" fill=\"currentColor\">{Escape(Shorten(bars[i].Label))}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"chart-bar\" x=\"{Margin}\" y=\"{barTop}\" width=\"{Coordinate(length)}\" height=\"{BarHeight}\" fill=\"{BarColour}\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"chart-value\" x=\"{Coordinate(Margin + length + 4)}\" y=\"{barTop + 13}\" font-size=\"{LabelSize}\" fill=\"currentColor\">{Escape(values[i])}</text></g>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>An estimate of rendered width: CJK characters are square, digits and commas about half as wide.</summary>
    private static double TextWidth(string text) => text.Sum(c => c < 0x2E80 ? LabelSize * 0.6 : LabelSize);

    private static string Shorten(string label) =>
        label.Length <= MaxLabelChars ? label : label[..(MaxLabelChars - 1)] + "…";

    private static string Coordinate(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string StableId(string title, string description, IReadOnlyList<(string Label, decimal Value)> bars, string unit)
    {
        ulong hash = 14695981039346656037UL;
        void Add(string s)
        {
            foreach (var c in s)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
            hash = (hash ^ 0xFFFF) * 1099511628211UL;
        }
        Add(title);
        Add(description);
        Add(unit);
        foreach (var (label, value) in bars)
        {
            Add(label);
            Add(value.ToString(CultureInfo.InvariantCulture));
        }
        return (hash & 0xFFFFFFFFFFUL).ToString("x10", CultureInfo.InvariantCulture);
    }

    // The one escaper of C#-built markup, so the chart escapes exactly what the pages do (' included).
    private static string Escape(string text) => Html.Escape(text);
}
