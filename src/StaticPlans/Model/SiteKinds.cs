namespace StaticPlans.Model;

/// <summary>Plans by kind (every 工作总结 …), for the /kinds/&lt;kind&gt;/ pages.</summary>
public sealed partial record Site
{
    private Dictionary<string, IReadOnlyList<Plan>>? _byKind;

    /// <summary>A kind's plans, newest first.</summary>
    public IReadOnlyList<Plan> PlansOfKind(string kind) => ByKind().TryGetValue(kind, out var plans) ? plans : [];

    private Dictionary<string, IReadOnlyList<Plan>> ByKind() =>
        _byKind ??= Plans.GroupBy(p => p.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<Plan>)g.ToList(), StringComparer.Ordinal);

    /// <summary>The kinds of site.yml that get a page: those with plans, whose key can be a URL segment.</summary>
    public IReadOnlyList<string> ListedKinds => Config.Kinds.Select(k => k.Key)
        .Where(k => Config.UrlKinds.Contains(k) && PlansOfKind(k).Count > 0).ToList();
}
