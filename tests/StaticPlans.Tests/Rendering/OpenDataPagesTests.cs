using System.Text;
using System.Text.Json;
using StaticPlans.Tests.Insights;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Rendering;

/// <summary>The open data a build writes: three files per year, the index of them, the schemas, and the links to them.</summary>
public sealed class OpenDataPagesTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private Dictionary<string, byte[]> Build(string? siteYmlExtra = null)
    {
        if (siteYmlExtra is not null) _site.Write("site.yml", TestSite.DefaultSiteYml + "\n" + siteYmlExtra);
        _site.WritePlan("a", "## 一、学前教育\n\n做好学前教育工作。\n\n新建幼儿园3所，计划投入3,750万元。\n");
        _site.WritePlan("b", "## 一、校园安全\n\n培训教师120人。\n", year: 2023, title: "测试县教育局2023年工作计划", date: "2023-02-01");
        var result = _site.Generate();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Files.ToDictionary(f => f.Path, f => f.Bytes);
    }

    private static JsonElement Json(byte[] bytes) => JsonDocument.Parse(bytes).RootElement;

    [Fact]
    public void Each_year_gets_its_own_plans_sections_and_figures_files_and_no_single_file_of_every_year()
    {
        var files = Build();

        Assert.Contains("data/plans-2024.json", files.Keys);
        Assert.Contains("data/sections-2024.zip", files.Keys);
        Assert.Contains("data/sections-2023.zip", files.Keys);
        Assert.DoesNotContain("data/sections-2024.csv", files.Keys);
        Assert.DoesNotContain("data/sections.csv", files.Keys);
        Assert.Contains("data/figures-2024.zip", files.Keys);
        Assert.DoesNotContain("data/figures-2024.csv", files.Keys);
        Assert.Contains("data/plans-2023.json", files.Keys);
        Assert.Contains("data/figures-2023.zip", files.Keys);
        Assert.DoesNotContain("data/plans.json", files.Keys);
        Assert.DoesNotContain("data/figures.csv", files.Keys);
        var plans2023 = Json(files["data/plans-2023.json"]);
        Assert.Equal(2023, plans2023.GetProperty("year").GetInt32());
        Assert.Equal("测试县教育局2023年工作计划", plans2023.GetProperty("plans").EnumerateArray().Single().GetProperty("title").GetString());
        var csv2023 = FiguresZip.Text(files["data/figures-2023.zip"], 2023);
        Assert.Contains("培训教师", csv2023);
        Assert.DoesNotContain("幼儿园", csv2023);
        Assert.Contains("一、校园安全", FiguresZip.Text(files["data/sections-2023.zip"], 2023, "sections"));
        Assert.DoesNotContain("学前教育", FiguresZip.Text(files["data/sections-2023.zip"], 2023, "sections"));
    }

    [Fact]
    public void Every_years_plans_file_states_its_year_once_and_holds_only_plans_of_that_year()
    {
        var files = Build("open_data: { single_file: true }\n");

        foreach (var (path, bytes) in files.Where(f => f.Key.StartsWith("data/plans-", StringComparison.Ordinal)))
        {
            var json = Json(bytes);
            var year = json.GetProperty("year").GetInt32();
            Assert.Equal($"data/plans-{year}.json", path);
            Assert.All(json.GetProperty("plans").EnumerateArray(), p =>
            {
                Assert.False(p.TryGetProperty("year", out _), path + " repeats the year on a plan");
                Assert.Contains($"/plans/{year}/", p.GetProperty("url").GetString());
            });
        }
        var all = Json(files["data/plans.json"]).GetProperty("plans").EnumerateArray().ToList();
        Assert.Equal([2023, 2024], all.Select(p => p.GetProperty("year").GetInt32()));
    }

    [Fact]
    public void Every_row_of_the_sections_and_figures_files_links_a_section_that_exists_on_a_written_plan_page()
    {
        const string Base = "https://edu.example.gov.cn/plans/";
        var files = Build("open_data: { single_file: true }\n");

        var tables = files.Where(f => FiguresZip.IsYearArchive(f.Key, out _, out _))
            .Select(f => FiguresZip.IsYearArchive(f.Key, out var table, out var year) ? FiguresZip.Text(f.Value, year, table) : "")
            .Concat([Encoding.UTF8.GetString(files["data/sections.csv"]).TrimStart('\uFEFF'), Encoding.UTF8.GetString(files["data/figures.csv"]).TrimStart('\uFEFF')])
            .ToList();
        Assert.Equal(6, tables.Count);
        var links = 0;
        foreach (var table in tables)
        {
            var rows = Output.OpenData.FiguresCsvInjectionTests.Rows(table);
            int url = rows[0].IndexOf("plan_url"), section = rows[0].IndexOf("section_id");
            foreach (var row in rows.Skip(1))
            {
                Assert.StartsWith(Base, row[url]);
                Assert.True(files.TryGetValue(row[url][Base.Length..] + "index.html", out var page), row[url] + " is not a written page");
                Assert.Contains($"id=\"{row[section]}\"", Encoding.UTF8.GetString(page!));
                links++;
            }
        }
        Assert.True(links >= 8, $"{links} rows");
    }

    [Fact]
    public void Every_file_the_index_lists_is_written_with_the_size_and_counts_it_gives_and_every_json_file_validates()
    {
        var files = Build("open_data: { single_file: true }\n");

        var index = Json(files["data/index.json"]);
        Assert.Empty(PlansSchema.Validate(index, "index.schema.json"));
        Assert.Equal(files["data/index.schema.json"], File.ReadAllBytes(SchemaPath("index.schema.json")));
        Assert.Equal(files["data/plans.schema.json"], File.ReadAllBytes(SchemaPath("plans.schema.json")));
        Assert.Equal("https://edu.example.gov.cn/plans/data/plans.schema.json", index.GetProperty("schemas").GetProperty("plans").GetString());
        var sets = index.GetProperty("years").EnumerateArray().Append(index.GetProperty("all")).ToList();
        Assert.Equal([2024, 2023, null], sets.Select(s => s.GetProperty("year").ValueKind == JsonValueKind.Null ? (int?)null : s.GetProperty("year").GetInt32()));
        foreach (var set in sets)
        {
            var json = Written(files, set.GetProperty("plansJson"));
            var year = set.GetProperty("year");
            byte[] Table(string table) => year.ValueKind == JsonValueKind.Null
                ? Written(files, set.GetProperty(table + "Csv"))
                : FiguresZip.Csv(Written(files, set.GetProperty(table + "Zip")), year.GetInt32(), table);
            var plans = Json(json);
            Assert.Empty(PlansSchema.Validate(plans));
            Assert.Equal(set.GetProperty("plans").GetInt32(), plans.GetProperty("plans").GetArrayLength());
            foreach (var table in new[] { "sections", "figures" })
            {
                var rows = Encoding.UTF8.GetString(Table(table)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
                Assert.Equal(set.GetProperty(table).GetInt32(), rows);
            }
        }
        Assert.Equal(3, sets[^1].GetProperty("figures").GetInt32());
        Assert.Equal(2, sets[^1].GetProperty("sections").GetInt32());
    }

    private static byte[] Written(Dictionary<string, byte[]> files, JsonElement file)
    {
        const string Base = "https://edu.example.gov.cn/plans/";
        var url = file.GetProperty("url").GetString()!;
        Assert.StartsWith(Base, url);
        Assert.True(files.TryGetValue(url[Base.Length..], out var bytes), url + " is not written");
        Assert.Equal(file.GetProperty("bytes").GetInt64(), bytes!.Length);
        return bytes;
    }

    private static string SchemaPath(string name)
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "docs", "schema", name))) dir = Path.GetDirectoryName(dir)!;
        return Path.Combine(dir, "docs", "schema", name);
    }

    [Fact]
    public void A_years_page_links_that_years_files_and_every_page_links_the_index()
    {
        var files = Build();

        var year = Encoding.UTF8.GetString(files["years/2023/index.html"]);
        Assert.Contains("href=\"/plans/data/plans-2023.json\"", year);
        Assert.Contains("href=\"/plans/data/sections-2023.zip\"", year);
        Assert.Contains("href=\"/plans/data/figures-2023.zip\"", year);
        Assert.Contains("href=\"/plans/data/index.json\"", Encoding.UTF8.GetString(files["index.html"]));
        Assert.Contains("href=\"/plans/data/index.json\"", Encoding.UTF8.GetString(files["plans/2024/a/index.html"]));
    }

    [Fact]
    public void The_open_data_does_not_repeat_the_sentences_the_plan_pages_publish()
    {
        var files = Build();

        foreach (var path in files.Keys.Where(p => p.StartsWith("data/", StringComparison.Ordinal) && !p.EndsWith(".schema.json", StringComparison.Ordinal)))
        {
            var text = FiguresZip.IsYearArchive(path, out var table, out var year) ? FiguresZip.Text(files[path], year, table) : Encoding.UTF8.GetString(files[path]);
            Assert.DoesNotContain("计划投入3,750万元", text);
        }
        Assert.Contains("计划投入3,750万元", Encoding.UTF8.GetString(files["plans/2024/a/index.html"]));
    }
}
