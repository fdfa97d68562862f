namespace StaticPlans.Search;

/// <summary>The units of one plan, in the order given; plans sort newest year first, then by URL.</summary>
internal sealed record SearchPlanGroup(string Url, string Title, int Year, string Kind, string KindName, string Bureau, string DocNo, string IndexNo,
    IReadOnlyList<string> Topics, IReadOnlyList<SearchUnit> Units)
{
    public static IReadOnlyList<SearchPlanGroup> Group(IReadOnlyList<SearchUnit> units)
    {
        var byUrl = new Dictionary<string, List<SearchUnit>>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (!byUrl.TryGetValue(unit.PlanUrl, out var list))
            {
                list = [];
                byUrl.Add(unit.PlanUrl, list);
            }

            list.Add(unit);
        }

        return byUrl.Values
            .Select(list =>
            {
                var first = list.Find(u => u.Anchor is null) ?? list[0];
                var topics = list.SelectMany(u => u.Topics).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                return new SearchPlanGroup(first.PlanUrl, first.PlanTitle, first.Year, first.Kind, first.KindName, first.Bureau, first.DocNo, first.IndexNo, topics, list);
            })
            .OrderByDescending(p => p.Year)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Units in the index: the plan's own, then its metadata unit (see <see cref="SearchMetadata"/>).</summary>
    public int IndexedUnits => Units.Count + 1;
}
