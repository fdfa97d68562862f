using System.Text.Json;

namespace StaticPlans.Search;

/// <summary>
/// The facet values present in the index: years newest first, kinds and topics in ordinal key order (names from
/// <see cref="SearchFacetNames"/>, the key itself when a name is missing). Plans refer to them by index.
/// </summary>
internal sealed class SearchFacets
{
    private readonly List<int> years;
    private readonly List<string> kinds;
    private readonly List<string> topics;
    private readonly SearchFacetNames names;

    private SearchFacets(List<int> years, List<string> kinds, List<string> topics, SearchFacetNames names)
    {
        this.years = years;
        this.kinds = kinds;
        this.topics = topics;
        this.names = names;
    }

    /// <summary>A topic mask is a varint of up to 63 bits.</summary>
    public const int MaxTopics = 63;

    public static SearchFacets From(IReadOnlyList<SearchPlanGroup> plans, SearchFacetNames names)
    {
        var years = plans.Select(p => p.Year).Distinct().OrderDescending().ToList();
        var kinds = plans.Select(p => p.Kind).Concat(names.Kinds.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var topics = plans.SelectMany(p => p.Topics).Concat(names.Topics.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (topics.Count > MaxTopics)
        {
            throw new InvalidOperationException($"The search index supports at most {MaxTopics} topics; the site has {topics.Count}.");
        }

        return new SearchFacets(years, kinds, topics, names);
    }

    public int YearIndex(int year) => years.IndexOf(year);

    public int KindIndex(string kind) => kinds.BinarySearch(kind, StringComparer.Ordinal);

    public ulong TopicMask(IEnumerable<string> planTopics)
    {
        ulong mask = 0;
        foreach (var topic in planTopics)
        {
            mask |= 1UL << topics.BinarySearch(topic, StringComparer.Ordinal);
        }

        return mask;
    }

    public void WriteJson(Utf8JsonWriter json)
    {
        json.WriteStartArray("years");
        foreach (int year in years)
        {
            json.WriteNumberValue(year);
        }

        json.WriteEndArray();
        WriteNamed(json, "kinds", kinds, names.Kinds);
        WriteNamed(json, "topics", topics, names.Topics);
    }

    private static void WriteNamed(Utf8JsonWriter json, string property, List<string> keys, IReadOnlyDictionary<string, string> display)
    {
        json.WriteStartArray(property);
        foreach (var key in keys)
        {
            json.WriteStartArray();
            json.WriteStringValue(key);
            json.WriteStringValue(display.TryGetValue(key, out var name) ? name : key);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }
}
