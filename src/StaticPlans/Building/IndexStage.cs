using StaticPlans.Model;
using StaticPlans.Output;
using StaticPlans.Search;

namespace StaticPlans.Building;

/// <summary>The index stage: reads the model (never the HTML) and returns the search index files.</summary>
public static class IndexStage
{
    public static IReadOnlyList<OutputFile> Build(Site site, CancellationToken cancel = default) =>
        SearchIndexWriter.Build(SearchUnits.From(site), SearchUnits.FacetNames(site.Config), cancel)
            .Select(file => new OutputFile(file.Path, file.Bytes))
            .ToList();
}
