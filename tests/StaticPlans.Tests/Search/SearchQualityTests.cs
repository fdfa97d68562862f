using System.Text.Json;
using StaticPlans.Building;
using StaticPlans.Search;

namespace StaticPlans.Tests.Search;

/// <summary>Ranking over the real sample content, against tests/search-queries.json.</summary>
public class SearchQualityTests
{
    private static readonly Lazy<SearchIndexReader> Reader = new(() =>
    {
        var result = SiteBuilder.Generate(new BuildOptions(RepositoryRoot(), Path.Combine(Path.GetTempPath(), "unused-sp-output")));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var files = result.Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal)).ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
        return new SearchIndexReader(path => files[path]);
    });

    public static TheoryData<string, int, string[]> Queries()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryRoot(), "tests", "search-queries.json")));
        var data = new TheoryData<string, int, string[]>();
        foreach (var q in json.RootElement.GetProperty("queries").EnumerateArray())
        {
            data.Add(q.GetProperty("query").GetString()!, q.GetProperty("within").GetInt32(),
                q.GetProperty("expect").EnumerateArray().Select(e => e.GetString()!).ToArray());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Expected_sections_rank_near_the_top(string query, int within, string[] expected)
    {
        var results = Reader.Value.Search(new SearchQuery(query));
        var top = results.Plans.Take(within).Select(p => $"{p.Url}#{p.Sections[0].Anchor}").ToList();
        foreach (var section in expected)
        {
            Assert.Contains(section, top);
        }

        Assert.All(results.Plans, p => Assert.Equal(query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, p.Sections[0].PhraseHits));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "site.yml")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("site.yml not found above the test folder.");
    }
}
