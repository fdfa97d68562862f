using System.Text.Json;
using StaticPlans.Building;

namespace StaticPlans.Tests.Search;

/// <summary>Ranking of the shipped script over the real sample content, against tests/search-queries.json.</summary>
public class SearchQualityTests
{
    private static readonly Lazy<ShippedSearch> Reader = new(() =>
    {
        var result = SiteBuilder.Generate(new SiteOptions(ShippedSearch.RepositoryRoot)).Result;
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return new ShippedSearch(result.Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal)).Select(f => new StaticPlans.Search.SearchFile(f.Path, f.Bytes)));
    });

    private static readonly Lazy<Dictionary<string, SearchResults>> Answers = new(() =>
    {
        var queries = Queries().Select(row => (string)row[0]).ToList();
        return queries.Zip(Reader.Value.Search(queries.Select(q => new SearchQuery(q)).ToList())).ToDictionary(p => p.First, p => p.Second);
    });

    public static TheoryData<string, int, string[]> Queries()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(ShippedSearch.RepositoryRoot, "tests", "search-queries.json")));
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
        var results = Answers.Value[query];
        var top = results.Plans.Take(within).Select(p => $"{p.Url}#{p.Sections[0].Anchor}").ToList();
        foreach (var section in expected)
        {
            Assert.Contains(section, top);
        }

        // Every plan shown holds every part of the query as an exact sequence, in a section or its metadata.
        var parts = query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.All(results.Plans, p => Assert.Equal(parts, p.Covered));
    }
}
