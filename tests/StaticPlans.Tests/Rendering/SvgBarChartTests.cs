using System.Globalization;
using System.Xml.Linq;
using StaticPlans.Rendering;

namespace StaticPlans.Tests.Rendering;

public class SvgBarChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly (string Label, decimal Value)[] MoneyPerYear =
    [
        ("2022年", 1200m), ("2023年", 3750m), ("2024年", 0m),
    ];

    private static XElement Render() =>
        XElement.Parse(SvgBarChart.Render("学前教育资金（按年份）", "2022年1,200万元，2023年3,750万元，2024年0万元。", MoneyPerYear, "万元"));

    [Fact]
    public void Is_an_image_named_by_its_title_and_description()
    {
        var svg = Render();

        Assert.Equal("img", (string?)svg.Attribute("role"));
        var ids = ((string?)svg.Attribute("aria-labelledby"))!.Split(' ');
        var title = svg.Descendants(Svg + "title").Single();
        var desc = svg.Descendants(Svg + "desc").Single();
        Assert.Equal(new[] { (string)title.Attribute("id")!, (string)desc.Attribute("id")! }, ids);
        Assert.Equal("学前教育资金（按年份）", title.Value);
        Assert.StartsWith("2022年1,200万元", desc.Value);
    }

    [Fact]
    public void Scales_to_a_phone_screen()
    {
        var svg = Render();

        Assert.Equal("100%", (string?)svg.Attribute("width"));
        Assert.StartsWith("0 0 320 ", (string?)svg.Attribute("viewBox"));
    }

    [Fact]
    public void Draws_one_bar_per_value_in_proportion_with_formatted_numbers()
    {
        var svg = Render();

        var widths = svg.Descendants(Svg + "rect").Select(r => double.Parse((string)r.Attribute("width")!, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(3, widths.Length);
        Assert.Equal(1200.0 / 3750, widths[0] / widths[1], 2);
        Assert.Equal(0, widths[2]);
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToArray();
        Assert.Contains("3,750万元", texts);
        Assert.Contains("2023年", texts);
        Assert.All(widths, w => Assert.InRange(w, 0, 320));
    }

    [Fact]
    public void Draws_no_title_of_its_own_so_no_text_in_it_is_larger_than_a_label()
    {
        var svg = Render();

        // The page's heading and the table's caption show the title; in the SVG it is only the accessible name.
        Assert.Equal("学前教育资金（按年份）", svg.Element(Svg + "title")!.Value);
        Assert.DoesNotContain(svg.Descendants(Svg + "text"), t => t.Value.Contains("学前教育资金", StringComparison.Ordinal));
        Assert.All(svg.Descendants(Svg + "text"), t => Assert.Equal("13", (string?)t.Attribute("font-size")));
    }

    [Fact]
    public void Escapes_markup_in_labels()
    {
        var xml = SvgBarChart.Render("A<B & \"C\"", "d", [("<script>", 1m)], "个");

        Assert.DoesNotContain("<script>", xml);
        Assert.Equal("<script>", XElement.Parse(xml).Descendants(Svg + "text").ElementAt(0).Value);
    }

    [Fact]
    public void An_apostrophe_in_a_label_is_escaped_as_on_every_page()
    {
        var xml = SvgBarChart.Render("O'Brien's plan", "d", [("Xi'an", 1m)], "个");

        Assert.Contains(">Xi&#39;an</text>", xml);
        Assert.Equal("Xi'an", XElement.Parse(xml).Descendants(Svg + "text").ElementAt(0).Value);
        Assert.Equal("O'Brien's plan", XElement.Parse(xml).Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Is_byte_identical_across_runs_and_cultures()
    {
        var first = SvgBarChart.Render("t", "d", [("2024年", 1234.5m)], "万元");
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(first, SvgBarChart.Render("t", "d", [("2024年", 1234.5m)], "万元"));
            Assert.Contains("1,234.5万元", first);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
