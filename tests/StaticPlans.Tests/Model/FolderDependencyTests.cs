using StaticPlans.Building;
using StaticPlans.Loading;
using StaticPlans.Model;

namespace StaticPlans.Tests.Model;

/// <summary>
/// The stages depend one way: Loading reads files into the model's values (SiteConfig, LoadedPlan …), the model
/// never reaches back into Loading. A newcomer can then read Model/ without Loading/, and change a loader without
/// rebuilding what the model means.
/// </summary>
public sealed class FolderDependencyTests
{
    private static readonly Type[] LibraryTypes = typeof(Site).Assembly.GetTypes();

    [Fact]
    public void No_type_of_the_model_uses_a_type_of_the_loading_stage()
    {
        var uses = LibraryTypes.Where(t => TypeReferences.NamespaceOf(t) == "StaticPlans.Model")
            .SelectMany(t => TypeReferences.Of(t).Where(u => TypeReferences.NamespaceOf(u) == "StaticPlans.Loading").Select(u => $"{t.FullName} uses {u.FullName}"))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(uses.Count == 0, string.Join("\n", uses));
    }

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
