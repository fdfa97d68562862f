using StaticPlans.Building;
using StaticPlans.Loading;
using StaticPlans.Model;

namespace StaticPlans.Tests;

/// <summary>
/// The stages depend one way: Loading reads files into the model's values (SiteConfig, LoadedPlan …), the model
/// never reaches back into Loading; loading parses the theme, rendering renders it; the insights are values that
/// pages and the open-data writers read. A newcomer can then read a folder without the ones after it.
/// </summary>
public sealed class FolderDependencyTests
{
    private static readonly Type[] LibraryTypes = typeof(Site).Assembly.GetTypes();

    [Theory]
    [InlineData("StaticPlans.Model", "StaticPlans.Loading")]
    [InlineData("StaticPlans.Loading", "StaticPlans.Rendering")]
    [InlineData("StaticPlans.Insights", "StaticPlans.Rendering")]
    [InlineData("StaticPlans.Insights", "StaticPlans.Output")]
    public void A_stage_never_uses_a_type_of_the_stage_that_reads_its_values(string stage, string later)
    {
        var uses = LibraryTypes.Where(t => In(t, stage))
            .SelectMany(t => TypeReferences.Of(t).Where(u => In(u, later)).Select(u => $"{t.FullName} uses {u.FullName}"))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(uses.Count == 0, string.Join("\n", uses));
    }

    /// <summary>In the folder or one below it (Insights/Figures is Insights).</summary>
    private static bool In(Type type, string folder) =>
        TypeReferences.NamespaceOf(type) is { } ns && (ns == folder || ns.StartsWith(folder + ".", StringComparison.Ordinal));

    [Fact]
    public void The_model_is_what_the_loading_stage_makes()
    {
        // The other half of the direction: without it the test above would also pass for two unrelated folders.
        Assert.Contains(typeof(LoadedPlan), TypeReferences.Of(typeof(PlanLoader)));
        Assert.Contains(typeof(SiteConfig), TypeReferences.Of(typeof(SiteConfigLoader)));
    }

    [Fact]
    public void A_type_used_only_inside_a_method_body_counts_as_used()
    {
        // SiteBuilder names PlanLoader only in a lambda of its load stage (a closure type nested in it).
        Assert.Contains(typeof(PlanLoader), TypeReferences.Of(typeof(SiteBuilder)));
        Assert.Equal("StaticPlans.Building", TypeReferences.NamespaceOf(typeof(SiteBuilder).GetNestedTypes(System.Reflection.BindingFlags.NonPublic)[0]));
    }
}
