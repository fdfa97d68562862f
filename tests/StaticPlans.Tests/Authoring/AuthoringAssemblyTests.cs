using StaticPlans.Authoring.Importing;
using StaticPlans.Model;

namespace StaticPlans.Tests.Authoring;

/// <summary>Import and scaffolding are their own assembly: the build library, which every build loads, carries neither them nor OpenXml.</summary>
public class AuthoringAssemblyTests
{
    [Fact]
    public void The_build_library_references_neither_OpenXml_nor_the_authoring_assembly()
    {
        var references = typeof(Site).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("DocumentFormat.OpenXml", StringComparison.Ordinal));
        Assert.DoesNotContain("StaticPlans.Authoring", references);
        // The other half: the importer is where OpenXml went, so the test above looks at the right kind of name.
        Assert.Contains("DocumentFormat.OpenXml", typeof(PlanImporter).Assembly.GetReferencedAssemblies().Select(a => a.Name));
    }
}
