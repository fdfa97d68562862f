namespace StaticPlans.Search;

/// <summary>
/// A plan's metadata as one more unit, the last of the plan: title, 发布机构, 文号, 索引号, year (<c>2024年</c>, so
/// both <c>2024</c> and <c>2024年</c> match), kind name and topic names, one per line. Terms a citizen takes from
/// a notice's header (<c>含山 学前教育</c>, <c>云教〔2024〕15号</c>) are found there even though no section holds
/// them. It is indexed with the weight of a heading and never shown as a section: the client reads the same
/// fields from the plan's text block and the plan table to say which field a term came from.
/// </summary>
internal static class SearchMetadata
{
    public static string Text(SearchPlanGroup plan, SearchFacets facets) =>
        string.Join('\n', new[] { plan.Title, plan.Bureau, plan.DocNo, plan.IndexNo, plan.Year + "年", facets.KindName(plan.Kind) }
            .Concat(facets.TopicNames(plan.Topics))
            .Where(line => line.Length > 0));
}
