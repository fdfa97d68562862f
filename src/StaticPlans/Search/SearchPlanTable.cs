namespace StaticPlans.Search;

/// <summary>
/// search/plans.bin decoded: per plan its units (a contiguous id range), year, kind, topics and where its text
/// block lies. Answers unit → plan, facet filters and facet counts.
/// </summary>
internal sealed class SearchPlanTable
{
    private readonly SearchManifest manifest;
    private readonly int[] firstUnit;
    private readonly int[] yearIndex;
    private readonly int[] kindIndex;
    private readonly ulong[] topicMask;
    private readonly (int Pack, int Offset, int Length)[] text;

    private SearchPlanTable(SearchManifest manifest, int count)
    {
        this.manifest = manifest;
        firstUnit = new int[count + 1];
        yearIndex = new int[count];
        kindIndex = new int[count];
        topicMask = new ulong[count];
        text = new (int, int, int)[count];
    }

    public static SearchPlanTable Parse(byte[] data, SearchManifest manifest)
    {
        int offset = 0;
        int count = (int)SearchFormat.ReadVarint(data, ref offset);
        var table = new SearchPlanTable(manifest, count);
        int pack = 0;
        int inPack = 0;
        int packOffset = 0;
        for (int i = 0; i < count; i++)
        {
            table.firstUnit[i + 1] = table.firstUnit[i] + (int)SearchFormat.ReadVarint(data, ref offset);
            table.yearIndex[i] = (int)SearchFormat.ReadVarint(data, ref offset);
            table.kindIndex[i] = (int)SearchFormat.ReadVarint(data, ref offset);
            table.topicMask[i] = SearchFormat.ReadVarint(data, ref offset);
            int length = (int)SearchFormat.ReadVarint(data, ref offset);
            if (inPack == manifest.TextPacks[pack])
            {
                pack++;
                inPack = 0;
                packOffset = 0;
            }

            table.text[i] = (pack, packOffset, length);
            packOffset += length;
            inPack++;
        }

        return table;
    }

    public int FirstUnit(int plan) => firstUnit[plan];

    public int PlanOf(int unit)
    {
        int index = Array.BinarySearch(firstUnit, unit);
        return index >= 0 ? index : ~index - 1;
    }

    public int Year(int plan) => manifest.Years[yearIndex[plan]];

    public string Kind(int plan) => manifest.Kinds[kindIndex[plan]].Key;

    public (int Pack, int Offset, int Length) TextLocation(int plan) => text[plan];

    public bool Passes(int plan, SearchQuery query) =>
        PassesYear(plan, query) && PassesKind(plan, query) && PassesTopic(plan, query);

    public (List<FacetCount> Years, List<FacetCount> Topics, List<FacetCount> Kinds) CountFacets(IEnumerable<int> candidatePlans, SearchQuery query)
    {
        var years = new int[manifest.Years.Count];
        var kinds = new int[manifest.Kinds.Count];
        var topics = new int[manifest.Topics.Count];
        foreach (int plan in candidatePlans)
        {
            bool year = PassesYear(plan, query), kind = PassesKind(plan, query), topic = PassesTopic(plan, query);
            if (kind && topic)
            {
                years[yearIndex[plan]]++;
            }

            if (year && topic)
            {
                kinds[kindIndex[plan]]++;
            }

            if (year && kind)
            {
                for (int t = 0; t < topics.Length; t++)
                {
                    if ((topicMask[plan] & (1UL << t)) != 0)
                    {
                        topics[t]++;
                    }
                }
            }
        }

        return (
            Counts(manifest.Years.Select(y => (y.ToString(System.Globalization.CultureInfo.InvariantCulture), y + "年")).ToList(), years),
            Counts(manifest.Topics, topics),
            Counts(manifest.Kinds, kinds));
    }

    private static List<FacetCount> Counts(IReadOnlyList<(string Key, string Name)> values, int[] counts) =>
        values.Select((v, i) => new FacetCount(v.Key, v.Name, counts[i])).Where(c => c.Count > 0).ToList();

    private bool PassesYear(int plan, SearchQuery query) => query.Year is not { } year || Year(plan) == year;

    private bool PassesKind(int plan, SearchQuery query) => query.Kind is not { } kind || Kind(plan) == kind;

    private bool PassesTopic(int plan, SearchQuery query)
    {
        if (query.Topic is not { } topic)
        {
            return true;
        }

        int index = manifest.Topics.ToList().FindIndex(t => t.Key == topic);
        return index >= 0 && (topicMask[plan] & (1UL << index)) != 0;
    }
}
