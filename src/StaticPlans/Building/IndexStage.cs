using StaticPlans.Model;
using StaticPlans.Output;

namespace StaticPlans.Building;

/// <summary>The index stage: reads the model (never the HTML) and returns the search index files.</summary>
public static class IndexStage
{
    public static IReadOnlyList<OutputFile> Build(Site site) => [];
}
