using System.Text;
using StaticPlans.Insights.Figures;
using StaticPlans.Output.OpenData;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Output.OpenData;

/// <summary>figures.csv and sections.csv opened in a spreadsheet never evaluate a cell that came from content (OWASP CSV injection).</summary>
public sealed class FiguresCsvInjectionTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    /// <summary>RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    internal static List<List<string>> Rows(string csv)
    {
        var rows = new List<List<string>> { new() };
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',') { rows[^1].Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') { rows[^1].Add(field.ToString()); field.Clear(); rows.Add([]); i++; }
            else
            {
                field.Append(c);
            }
        }
        if (rows[^1].Count == 0 && field.Length == 0) rows.RemoveAt(rows.Count - 1);
        return rows;
    }

    [Fact]
    public void Cells_from_content_that_start_like_a_formula_get_an_apostrophe_and_numbers_stay_numbers()
    {
        // The label is the cell taken from content: the words before a number, here starting like a formula.
        _site.WritePlan("p", "## 一、学前教育\n\n=HYPERLINK(\"http://evil.example/\",\"点击\")新建幼儿园3所。\n\n"
            + "+SUM投入资金500万元。\n\n=培训教师120人。\n\n@SUM覆盖率达到95%。\n",
            title: "\"=1+2 测试县教育局2024年工作计划\"");
        var result = _site.Generate();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var csv = FiguresZip.Text(result.Files.Single(f => f.Path == "data/figures-2024.zip").Bytes, 2024);
        var rows = Rows(csv);
        var header = rows[0];
        Assert.Equal(FiguresCsvWriter.Columns, header);
        var numeric = new[] { "value", "value_max", "normalized_value", "year" }.Select(c => header.IndexOf(c)).ToHashSet();
        var data = rows.Skip(1).ToList();
        Assert.True(data.Count >= 4, csv);
        // (A leading "-" is read as part of the number, so no label starts with one; the theory below covers it.)
        foreach (var row in data)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (numeric.Contains(i)) Assert.True(row[i].Length == 0 || decimal.TryParse(row[i], System.Globalization.CultureInfo.InvariantCulture, out _), row[i]);
                else Assert.False(row[i].Length > 0 && row[i][0] is '=' or '+' or '-' or '@' or '\t' or '\r', $"{header[i]}: {row[i]}");
            }
        }
        var labels = data.Select(r => r[header.IndexOf("label")]).ToList();
        Assert.Contains("'=培训教师", labels);
        Assert.Contains("'+SUM投入资金", labels);
        Assert.Contains("'@SUM覆盖率", labels);
    }

    [Fact]
    public void A_heading_that_starts_like_a_formula_gets_an_apostrophe_in_the_sections_csv()
    {
        _site.WritePlan("p", "## 一、学前教育\n\n做好学前教育工作。\n\n### =HYPERLINK(\"http://evil.example/\",\"点击\")\n\n新建幼儿园3所。\n\n### @SUM(1)\n\n培训教师120人。\n");
        var result = _site.Generate();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var rows = Rows(FiguresZip.Text(result.Files.Single(f => f.Path == "data/sections-2024.zip").Bytes, 2024, "sections"));

        Assert.Equal(SectionsCsvWriter.Columns, rows[0]);
        var headings = rows.Skip(1).Select(r => r[rows[0].IndexOf("heading")]).ToList();
        Assert.Equal(["一、学前教育", "'=HYPERLINK(\"http://evil.example/\",\"点击\")", "'@SUM(1)"], headings);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-5", "'-5")]
    [InlineData("@x", "'@x")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("新建幼儿园3所", "新建幼儿园3所")]
    [InlineData("", "")]
    public void A_text_cell_is_neutralised_exactly_when_it_starts_like_a_formula(string text, string written)
    {
        Assert.Equal(written, OpenDataCsv.Cell(text));
    }
}
