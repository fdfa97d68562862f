using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using StaticPlans.Tests.Output.OpenData;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Insights;

/// <summary>What a reader of the sample site sees of the figures, charts, cross-year links and open data.</summary>
public class SampleSiteInsightsTests(SampleSite sample) : IClassFixture<SampleSite>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void A_plan_page_lists_its_key_figures_with_links_to_their_sections()
    {
        var page = sample.Page("plans/2024/2024-plan/");

        var rows = page.QuerySelectorAll(".plan-figures tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).ToList();
        Assert.Equal("主要数据", page.QuerySelector(".plan-figures h2")!.TextContent);
        Assert.Contains(rows, r => r[0] == "3,750" && r[1] == "万元" && r[2] == "计划投入");
        var link = page.QuerySelectorAll(".plan-figures tbody a").First(a => a.TextContent.Contains("计划投入3750万元", StringComparison.Ordinal));
        Assert.Equal("/plans/plans/2024/2024-plan/#key-projects", link.GetAttribute("href"));
        Assert.NotNull(page.GetElementById("key-projects"));
    }

    [Fact]
    public void The_key_figures_table_keeps_only_figures_with_a_clear_referent()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(sample.Output, "plans"), "index.html", SearchOption.AllDirectories))
        {
            var rows = FigureTable(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file)));
            Assert.DoesNotContain(rows, r => r[2].Trim().Length < 2);
            // 每半年专题研判1次, 各1间: a count of one states a frequency or a quota, not a key figure.
            Assert.DoesNotContain(rows, r => r[0] == "1" && r[1] is "次" or "个" or "所" or "间" or "项");
        }
        var plan = FigureTable(sample.Page("plans/2024/2024-plan/"));
        Assert.DoesNotContain(plan, r => r[2] == "每半年专题研判");
        // 基本消除56人以上大班额: 56 is a class-size limit, not 56 people.
        Assert.DoesNotContain(plan, r => r[0] == "56");
        Assert.DoesNotContain(FigureTable(sample.Page("plans/2024/2024-summary/")), r => r[0] == "56");
        Assert.Contains(plan, r => r[0] == "900" && r[1] == "个" && r[2] == "新增义务教育学位");
    }

    [Fact]
    public void The_key_figures_table_says_what_each_amount_of_money_is()
    {
        var plan = FigureTable(sample.Page("plans/2024/2024-plan/"));
        Assert.Contains(plan, r => r[0] == "3,750" && r[3] == "总额");
        // A table cell is named by its row: the project, a part of the 3,750万元 above the table.
        Assert.Contains(plan, r => r[0] == "870" && r[2] == "第三批薄弱学校改造" && r[3] == "分项");
        Assert.Contains(FigureTable(sample.Page("plans/2023/2023-special-education-plan/")), r => r[0] == "7,000" && r[1] == "元" && r[3] == "标准");
        Assert.Contains(FigureTable(sample.Page("plans/2021/2021-preschool-action-plan/")), r => r[0] == "1.35" && r[1] == "亿元" && r[3] == "多年合计");
        Assert.Contains(plan, r => r[1] == "个" && r[3] == "");
    }

    private static List<string[]> FigureTable(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".plan-figures tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).ToList();

    [Fact]
    public void A_topic_page_charts_money_per_year_beside_a_table_of_the_same_numbers()
    {
        var page = sample.Page("topics/equity-aid/");

        var svg = XElement.Parse(page.QuerySelector(".money svg")!.OuterHtml);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        var labelledBy = ((string)svg.Attribute("aria-labelledby")!).Split(' ');
        Assert.Equal(labelledBy, svg.Elements().Where(e => e.Name == Svg + "title" || e.Name == Svg + "desc").Select(e => (string)e.Attribute("id")!));
        var table = MoneyRows(page);
        Assert.Contains(("2021年", "总结", "1,863.5"), table.Select(r => (r.Label, r.Basis, r.Amount)));
        var chartValues = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "chart-value").Select(t => t.Value);
        Assert.Equal(table.Select(r => r.Amount + "万元"), chartValues);
        var chartLabels = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "chart-label").Select(t => t.Value);
        Assert.Equal(table.Select(r => r.Label + "（" + r.Basis + "）"), chartLabels);
        // Drawn at build time: the page loads no script but the theme's own site.js (the 适老化 button).
        Assert.All(page.QuerySelectorAll("script[src]"), script => Assert.EndsWith("/assets/site.js", script.GetAttribute("src")));
    }

    [Fact]
    public void The_plan_and_the_summary_of_one_year_are_shown_side_by_side_never_added()
    {
        var rows = MoneyRows(sample.Page("topics/equity-aid/"));

        // 2022: the key points plan 1,900万元 (written 萬元), the summary reports 1,936.2万元.
        Assert.Contains(("2022年", "计划", "1,900"), rows.Select(r => (r.Label, r.Basis, r.Amount)));
        Assert.Contains(("2022年", "总结", "1,936.2"), rows.Select(r => (r.Label, r.Basis, r.Amount)));
        Assert.DoesNotContain(rows, r => r.Amount == "3,836.2");
        Assert.Equal(rows.Count, rows.Select(r => (r.Label, r.Basis)).Distinct().Count());
    }

    [Fact]
    public void Every_summed_amount_links_to_its_sentence_in_the_plan()
    {
        foreach (var path in new[] { "topics/equity-aid/", "years/2023/", "years/2024/" })
        {
            var page = sample.Page(path);
            foreach (var row in page.QuerySelectorAll(".money-table tbody tr:not(.money-sources-row)"))
            {
                // The amounts a row adds up are listed in the row right below it.
                var sources = row.NextElementSibling!;
                Assert.Equal("money-sources-row", sources.ClassName);
                var links = sources.QuerySelectorAll(".money-sources li > a").ToList();
                Assert.NotEmpty(links);
                var sum = sources.QuerySelectorAll(".money-sources li > a").Sum(a => Wan(a.TextContent));
                Assert.Equal(decimal.Parse(row.QuerySelector("td.num")!.TextContent.Replace(",", ""), CultureInfo.InvariantCulture), sum);
                foreach (var link in links)
                {
                    var href = link.GetAttribute("href")!;
                    Assert.Matches("^/plans/plans/[0-9]{4}/[^/]+/#[a-z0-9-]+$", href);
                    var target = sample.Page(href["/plans/".Length..href.IndexOf('#')]);
                    Assert.NotNull(target.GetElementById(href[(href.IndexOf('#') + 1)..]));
                }
            }
        }
    }

    [Fact]
    public void Preschool_money_is_no_longer_a_three_year_total_its_part_and_a_rate_added_into_one_year()
    {
        var page = sample.Page("topics/preschool/");

        // 3年计划投入1.35亿元 is listed as a multi-year amount; its part 9800万元 and the 600元 rate are nowhere summed.
        // The one yearly figure is the 2022 summary's 全年投入学前教育资金2680万元 (its 1750 + 930 and the table
        // adding them up again are parts): one year, so no chart.
        Assert.Null(page.QuerySelector(".money svg"));
        Assert.Equal([("2022年", "总结", "2,680")], MoneyRows(page));
        var multiYear = page.QuerySelectorAll(".money-multi-year-list a").Select(a => a.TextContent).ToList();
        Assert.Equal(["1.35亿元"], multiYear);
        Assert.DoesNotContain("23,300", page.QuerySelector(".money")!.TextContent);
    }

    [Fact]
    public void A_rate_is_never_charted()
    {
        var page = sample.Page("topics/special-education/");

        // 生均公用经费按照每生每年7000元 is the only money of the topic: there is nothing to add up.
        Assert.Null(page.QuerySelector(".money"));
    }

    [Fact]
    public void A_year_page_charts_the_money_of_each_topic()
    {
        var page = sample.Page("years/2024/");

        Assert.NotNull(page.QuerySelector(".money svg[role=img]"));
        var rows = MoneyRows(page);
        // 全年安排重点项目5个，计划投入3750万元 names no single topic: charted under 未分主题, and the five projects of
        // the table below it, which add up to it, are not added again.
        Assert.Contains(("未分主题", "计划", "3,750"), rows.Select(r => (r.Label, r.Basis, r.Amount)));
        var sources = page.QuerySelectorAll(".money-sources a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("3,750万元", "/plans/plans/2024/2024-plan/#key-projects"), sources);
        Assert.DoesNotContain(sources, s => s.TextContent is "870万元" or "1,450万元" or "150万元");
        // 项目总投资6420万元 is the facilities plan's total: its tables (总投资（万元）: 3090 + 2330) and the subtotals
        // 690 and 310 of its later subsections add up to it and are its parts, not added and not under 未分主题.
        Assert.Contains(("办学条件改善", "计划", "6,420"), rows.Select(r => (r.Label, r.Basis, r.Amount)));
        Assert.Equal(3, rows.Count);
        Assert.Contains(("教育公平与学生资助", "总结", "2,108.4"), rows.Select(r => (r.Label, r.Basis, r.Amount)));
        Assert.DoesNotContain(sources, s => s.TextContent is "690万元" or "310万元" or "1,860万元");
        // 2022年以来累计投入3160万元 is over three years: listed, not charted.
        Assert.Contains("3,160万元", page.QuerySelectorAll(".money-multi-year-list a").Select(a => a.TextContent));
        Assert.DoesNotContain(rows, r => r.Amount == "3,160");
    }

    [Fact]
    public void A_chart_is_drawn_only_where_it_compares_two_years_or_two_topics()
    {
        // 职业教育 has money of 2023 only, 教育数字化 of 2021 only: a table, no chart of one bar.
        foreach (var path in (string[])["topics/vocational/", "topics/digital/"])
        {
            var topic = sample.Page(path);
            Assert.Single(MoneyRows(topic).Select(r => r.Label).Distinct());
            Assert.Null(topic.QuerySelector(".money svg"));
        }
        // The 2021 year page has two topics (学生资助 1,863.5 and 教育数字化 1,260, both reported): a chart.
        var year = sample.Page("years/2021/");
        Assert.Equal([("教育公平与学生资助", "总结", "1,863.5"), ("教育数字化", "总结", "1,260")], MoneyRows(year));
        Assert.NotNull(year.QuerySelector(".money svg"));

        foreach (var file in Directory.EnumerateFiles(sample.Output, "index.html", SearchOption.AllDirectories))
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file));
            if (page.QuerySelector(".money svg") is null) continue;
            var rows = MoneyRows(page);
            // A topic page's rows are years, a year page's rows are topics.
            Assert.True(rows.Select(r => r.Label).Distinct().Count() >= 2, file);
        }
    }

    [Fact]
    public void A_chart_is_not_drawn_larger_than_the_headings_of_its_page()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Root, "themes", "default", "assets", "site.css"));
        var chartWidth = decimal.Parse(System.Text.RegularExpressions.Regex.Match(css, @"\.chart \{ max-width: ([0-9.]+)rem").Groups[1].Value, CultureInfo.InvariantCulture);
        var h2 = decimal.Parse(System.Text.RegularExpressions.Regex.Match(css, @"\nh2 \{ font-size: ([0-9.]+)rem").Groups[1].Value, CultureInfo.InvariantCulture);
        var svg = XElement.Parse(sample.Page("topics/equity-aid/").QuerySelector(".money svg")!.OuterHtml);
        var viewBoxWidth = decimal.Parse(((string)svg.Attribute("viewBox")!).Split(' ')[2], CultureInfo.InvariantCulture);

        // The SVG is scaled to its box: its largest text, in rem, is font-size × box width / viewBox width.
        var largest = svg.Descendants(Svg + "text").Max(t => decimal.Parse((string)t.Attribute("font-size")!, CultureInfo.InvariantCulture));
        Assert.True(largest * chartWidth / viewBoxWidth < h2, $"{largest * chartWidth / viewBoxWidth}rem against h2 {h2}rem");
    }

    private static List<(string Label, string Basis, string Amount)> MoneyRows(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".money-table tbody tr:not(.money-sources-row)")
            .Select(r => (r.QuerySelector("th")!.TextContent, r.QuerySelector("td.basis")!.TextContent, r.QuerySelector("td.num")!.TextContent))
            .ToList();

    // 3,750万元 → 3750; 1.2亿元 → 12000 (the table's unit is 万元).
    private static decimal Wan(string amount)
    {
        var number = decimal.Parse(amount.TrimEnd('元', '万', '亿', '萬').Replace(",", ""), CultureInfo.InvariantCulture);
        return amount.EndsWith("亿元", StringComparison.Ordinal) ? number * 10_000 : amount.EndsWith("万元", StringComparison.Ordinal) || amount.EndsWith("萬元", StringComparison.Ordinal) ? number : number / 10_000;
    }

    [Fact]
    public void Sections_link_to_the_same_commitment_in_earlier_years()
    {
        var page = sample.Page("plans/2024/2024-summary/");

        var related = page.QuerySelectorAll(".plan-body .related a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/plans/plans/2023/2023-summary/#s2-1", related);
        Assert.Contains("/plans/plans/2022/2022-weak-schools-plan/#s3", related);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(sample.Output, "plans"), "index.html", SearchOption.AllDirectories))
        {
            var year = int.Parse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(file)))!);
            var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file));
            foreach (var group in doc.QuerySelectorAll(".related"))
            {
                var links = group.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
                Assert.InRange(links.Count, 1, 3);
                Assert.All(links, href => Assert.True(int.Parse(href.Split('/')[3]) < year, $"{file}: {href}"));
            }
        }
    }

    [Fact]
    public void A_summary_and_the_plan_of_its_year_link_to_each_other()
    {
        var plan = sample.Page("plans/2023/2023-plan/");
        var summary = sample.Page("plans/2023/2023-summary/");

        Assert.Contains("/plans/plans/2023/2023-summary/", plan.QuerySelectorAll(".counterparts a").Select(a => a.GetAttribute("href")));
        Assert.Contains("/plans/plans/2023/2023-plan/", summary.QuerySelectorAll(".counterparts a").Select(a => a.GetAttribute("href")));
        Assert.StartsWith("本年度工作计划", summary.QuerySelector(".counterparts")!.TextContent);
    }

    [Fact]
    public void A_plan_page_describes_itself_to_search_engines_as_a_government_report()
    {
        var script = sample.Page("plans/2024/2024-plan/").QuerySelector("script[type='application/ld+json']")!;

        var ld = JsonDocument.Parse(script.TextContent).RootElement;
        Assert.Equal("Report", ld.GetProperty("@type").GetString());
        Assert.Equal("GovernmentOrganization", ld.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.Equal("云溪县教育局", ld.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("2024-02-26", ld.GetProperty("datePublished").GetString());
        Assert.Contains("办学条件改善", ld.GetProperty("keywords").GetString());
    }

    [Fact]
    public void Each_topic_has_an_atom_feed_of_its_own_plans()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(sample.Read("topics/vocational/feed.xml"));

        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Contains(e.Elements(atom + "category"), c => (string?)c.Attribute("term") == "vocational"));
        Assert.Equal("/plans/topics/vocational/feed.xml", sample.Page("topics/vocational/").QuerySelector(".feed-link a")!.GetAttribute("href"));
    }

    [Fact]
    public void Each_years_plans_file_is_valid_against_its_schema_and_its_figures_csv_gives_each_money_figure_its_class()
    {
        var rows = new List<Dictionary<string, string>>();
        var plans = 0;
        foreach (var year in new[] { 2021, 2022, 2023, 2024, 2025 })
        {
            var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(sample.Output, "data", $"plans-{year}.json"))).RootElement;
            Assert.Empty(PlansSchema.Validate(json));
            Assert.Equal(year, json.GetProperty("year").GetInt32());
            Assert.All(json.GetProperty("plans").EnumerateArray(), p => Assert.Contains($"/plans/{year}/", p.GetProperty("url").GetString()));
            plans += json.GetProperty("plans").GetArrayLength();
            var csv = FiguresZip.Csv(File.ReadAllBytes(Path.Combine(sample.Output, "data", $"figures-{year}.zip")), year);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
            var table = FiguresCsvInjectionTests.Rows(Encoding.UTF8.GetString(csv[3..]));
            Assert.All(table, r => Assert.Equal(table[0].Count, r.Count));
            rows.AddRange(table.Skip(1).Select(r => table[0].Zip(r).ToDictionary(c => c.First, c => c.Second)));
        }
        string ClassOf(string plan, string value, string unit) => rows.First(r => r["plan_url"].EndsWith(plan, StringComparison.Ordinal)
            && r["value"] == value && r["unit"] == unit)["class"];
        Assert.Equal("total", ClassOf("/2024/2024-plan/", "3750", "万元"));
        Assert.Equal("part", ClassOf("/2024/2024-plan/", "870", "万元"));
        Assert.Equal("rate", ClassOf("/2023/2023-special-education-plan/", "7000", "元"));
        Assert.Equal("multi-year", ClassOf("/2021/2021-preschool-action-plan/", "1.35", "亿元"));
        Assert.Equal("other", ClassOf("/2022/2022-weak-schools-plan/", "800", "万元"));
        Assert.Equal("", ClassOf("/2024/2024-plan/", "900", "个"));
        Assert.Equal(sample.Result.PlanCount, plans);
        Assert.True(rows.Count > 100, $"{rows.Count} figures");
    }
}
