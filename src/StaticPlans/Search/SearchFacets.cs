using System.Text.Json;

namespace StaticPlans.Search;

/// <summary>
/// The facet values present in the index: years newest first, kinds and topics in site.yml order (values a plan
/// uses that site.yml does not name follow in ordinal order, named by their key). Plans refer to them by index.
/// </summary>
internal sealed class SearchFacets
{
    private readonly List<int> _years;
    private readonly List<(string Key, string Name)> _kinds;
    private readonly List<(string Key, string Name)> _topics;
    private readonly Dictionary<string, int> _kindIndex;
    private readonly Dictionary<string, int> _topicIndex;

    private SearchFacets(List<int> years, List<(string, string)> kinds, List<(string, string)> topics)
    {
        _years = years;
        _kinds = kinds;
        _topics = topics;
        _kindIndex = kinds.Select((k, i) => (k.Item1, i)).ToDictionary(k => k.Item1, k => k.i, StringComparer.Ordinal);
        _topicIndex = topics.Select((t, i) => (t.Item1, i)).ToDictionary(t => t.Item1, t => t.i, StringComparer.Ordinal);
    }

    /// <summary>A topic mask is a varint of up to 63 bits.</summary>
    public const int MaxTopics = 63;

    public static SearchFacets From(IReadOnlyList<SearchPlanGroup> plans, SearchFacetNames names)
    {
        var years = plans.Select(p => p.Year).Distinct().OrderDescending().ToList();
        var kinds = Ordered(names.Kinds, plans.Select(p => p.Kind));
        var topics = Ordered(names.Topics, plans.SelectMany(p => p.Topics));
        if (topics.Count > MaxTopics)
        {
            throw new InvalidOperationException($"The search index supports at most {MaxTopics} topics; the site has {topics.Count}.");
        }

        return new SearchFacets(years, kinds, topics);
    }

    private static List<(string, string)> Ordered(IReadOnlyList<KeyValuePair<string, string>> named, IEnumerable<string> used)
    {
        var list = named.DistinctBy(n => n.Key, StringComparer.Ordinal).Select(n => (n.Key, n.Value)).ToList();
        var known = list.Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        list.AddRange(used.Where(k => !known.Contains(k)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(k => (k, k)));
        return list;
    }

    public int YearIndex(int year) => _years.IndexOf(year);

    public int KindIndex(string kind) => _kindIndex[kind];

    public string KindName(string kind) => _kinds[_kindIndex[kind]].Name;

    public IEnumerable<string> TopicNames(IEnumerable<string> planTopics) =>
        planTopics.Select(t => _topicIndex[t]).Order().Select(i => _topics[i].Name);

    public ulong TopicMask(IEnumerable<string> planTopics)
    {
        ulong mask = 0;
        foreach (var topic in planTopics)
        {
            mask |= 1UL << _topicIndex[topic];
        }

        return mask;
    }

    public void WriteJson(Utf8JsonWriter json)
    {
        json.WriteStartArray("years");
        foreach (var year in _years)
        {
            json.WriteNumberValue(year);
        }

        json.WriteEndArray();
        WriteNamed(json, "kinds", _kinds);
        WriteNamed(json, "topics", _topics);
    }

    private static void WriteNamed(Utf8JsonWriter json, string property, List<(string Key, string Name)> values)
    {
        json.WriteStartArray(property);
        foreach (var (key, name) in values)
        {
            json.WriteStartArray();
            json.WriteStringValue(key);
            json.WriteStringValue(name);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }
}
