using System.Text.Json;

namespace StaticPlans.Search;

/// <summary>The parts of search/manifest.json the reader needs.</summary>
internal sealed record SearchManifest(
    string Id,
    int Units,
    int Plans,
    int Shards,
    int TierThreshold,
    IReadOnlyList<int> TextPacks,
    IReadOnlyList<int> Years,
    IReadOnlyList<(string Key, string Name)> Kinds,
    IReadOnlyList<(string Key, string Name)> Topics)
{
    public static SearchManifest Parse(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.GetProperty("version").GetInt32() != SearchFormat.Version)
        {
            throw new InvalidDataException("Unsupported search index version.");
        }

        static List<(string, string)> Named(JsonElement array) =>
            array.EnumerateArray().Select(e => (e[0].GetString()!, e[1].GetString()!)).ToList();

        return new SearchManifest(
            root.GetProperty("id").GetString()!,
            root.GetProperty("units").GetInt32(),
            root.GetProperty("plans").GetInt32(),
            root.GetProperty("shards").GetInt32(),
            root.GetProperty("tierThreshold").GetInt32(),
            root.GetProperty("textPacks").EnumerateArray().Select(e => e.GetInt32()).ToList(),
            root.GetProperty("years").EnumerateArray().Select(e => e.GetInt32()).ToList(),
            Named(root.GetProperty("kinds")),
            Named(root.GetProperty("topics")));
    }
}

/// <summary>
/// One term's entry in a dictionary shard: how many units (plans, for a single Han char) hold it and where its
/// postings are: a "top" segment (empty unless the term is common) followed by the "rest" segment.
/// </summary>
internal sealed record DictionaryEntry(string Term, int DocumentFrequency, int Pack, int Offset, int TopLength, bool TopDeflated, int RestLength, bool RestDeflated)
{
    /// <summary>True for a single Han character, whose postings are per plan.</summary>
    public bool PerPlan => Term.Length == 1 && SearchTokenizer.IsHan(Term[0]);

    public static Dictionary<string, DictionaryEntry> ParseShard(byte[] data)
    {
        int offset = 0;
        int count = (int)SearchFormat.ReadVarint(data, ref offset);
        var entries = new Dictionary<string, DictionaryEntry>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            int termLength = (int)SearchFormat.ReadVarint(data, ref offset);
            string term = System.Text.Encoding.UTF8.GetString(data, offset, termLength);
            offset += termLength;
            int df = (int)SearchFormat.ReadVarint(data, ref offset);
            int pack = (int)SearchFormat.ReadVarint(data, ref offset);
            int start = (int)SearchFormat.ReadVarint(data, ref offset);
            ulong top = SearchFormat.ReadVarint(data, ref offset);
            ulong rest = SearchFormat.ReadVarint(data, ref offset);
            entries.Add(term, new DictionaryEntry(term, df, pack, start, (int)(top >> 1), (top & 1) == 1, (int)(rest >> 1), (rest & 1) == 1));
        }

        return entries;
    }
}

/// <summary>A plan's text block: URL, title, bureau and its sections (anchor, heading, text) in unit order.</summary>
internal sealed record SearchPlanBlock(string Url, string Title, string Bureau, IReadOnlyList<(string? Anchor, string Heading, string Text)> Sections)
{
    public static SearchPlanBlock Parse(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var sections = root.GetProperty("s").EnumerateArray()
            .Select(s => (s[0].GetString(), s[1].GetString()!, s[3].GetString()!))
            .ToList();
        return new SearchPlanBlock(root.GetProperty("u").GetString()!, root.GetProperty("t").GetString()!, root.GetProperty("b").GetString()!, sections);
    }
}
