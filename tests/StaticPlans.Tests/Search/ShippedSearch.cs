using System.Diagnostics;
using System.Text;
using System.Text.Json;
using StaticPlans.Search;

namespace StaticPlans.Tests.Search;

/// <summary>
/// A search as the page sends it: the typed text and the chosen facet values (null: any). <see cref="Exact"/> reads every
/// posting, as the page does after drawing approximate results (a chosen facet always does).
/// </summary>
public sealed record SearchQuery(string Text, int? Year = null, string? Topic = null, string? Kind = null, int PlanLimit = 10, bool Exact = false);

/// <summary>What the shipped script returns for a query: plans best first, facet counts and the index files it read.</summary>
public sealed record SearchResults(int TotalPlans, bool Approximate, IReadOnlyList<PlanHit> Plans, IReadOnlyList<FacetCount> Years,
    IReadOnlyList<FacetCount> Topics, IReadOnlyList<FacetCount> Kinds, IReadOnlyList<string> Reads);

public sealed record FacetCount(string Value, string Name, int Count);

/// <summary>
/// <see cref="Full"/>: one section holds every query part as an exact sequence; <see cref="Covered"/>: parts the plan holds
/// anywhere (sections and metadata); <see cref="Notes"/>: parts found only in metadata fields (title, bureau, doc…).
/// </summary>
public sealed record PlanHit(string Url, string Title, int Year, string Kind, string Bureau, bool Full, int Covered,
    IReadOnlyList<FieldNote> Notes, IReadOnlyList<SectionHit> Sections);

public sealed record FieldNote(string Part, IReadOnlyList<string> Fields);

/// <summary>A section shown for a plan; <see cref="PhraseHits"/> counts the query parts found in it as exact sequences.</summary>
public sealed record SectionHit(string? Anchor, string Heading, int PhraseHits);

/// <summary>
/// Runs the shipped client's engine, the modules of themes/default/assets/search/ that every site ships, in Node over a
/// built index (search-runner.mjs imports them as they are): the ranking tests hold the code citizens run, not a copy of it.
/// </summary>
public sealed class ShippedSearch
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string folder;

    public ShippedSearch(IEnumerable<SearchFile> files)
    {
        folder = Path.Combine(Path.GetTempPath(), "sp-search-" + Guid.NewGuid().ToString("N"));
        foreach (var file in files)
        {
            string full = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, file.Bytes);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
    }

    public SearchResults Search(SearchQuery query) => Search([query])[0];

    public IReadOnlyList<SearchResults> Search(IReadOnlyList<SearchQuery> queries)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot, "tests", "StaticPlans.Tests", "Search", "search-runner.mjs"));
        start.ArgumentList.Add(Path.Combine(RepositoryRoot, "themes", "default", "assets"));
        start.ArgumentList.Add(folder);
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start (scripts/test.sh installs it)");
        node.StandardInput.Write(JsonSerializer.Serialize(queries.Select(q => new
        {
            q = q.Text,
            year = q.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            topic = q.Topic,
            kind = q.Kind,
            limit = q.PlanLimit,
            exact = q.Exact,
        })));
        node.StandardInput.Close();
        var error = node.StandardError.ReadToEndAsync();
        string output = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, "the search modules failed in Node: " + error.Result);
        return JsonSerializer.Deserialize<List<SearchResults>>(output.Replace("\"total\":", "\"totalPlans\":", StringComparison.Ordinal), Json)!;
    }

    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "site.yml")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("site.yml not found above the test folder.");
    }
}
