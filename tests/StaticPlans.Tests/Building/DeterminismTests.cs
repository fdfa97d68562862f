using StaticPlans.Building;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Building;

public class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_sample_site_are_byte_identical()
    {
        var a = Path.Combine(Path.GetTempPath(), "sp-det-a-" + Guid.NewGuid().ToString("N"));
        var b = Path.Combine(Path.GetTempPath(), "sp-det-b-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.True(SiteBuilder.Build(new BuildOptions(RepoPaths.Root, a)).Succeeded);
            Assert.True(SiteBuilder.Build(new BuildOptions(RepoPaths.Root, b)).Succeeded);

            var filesA = Files(a);
            Assert.Equal(filesA, Files(b));
            Assert.True(filesA.Count > 40);
            foreach (var file in filesA)
                Assert.True(File.ReadAllBytes(Path.Combine(a, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, file))), file);
        }
        finally
        {
            foreach (var dir in new[] { a, b }) if (Directory.Exists(dir)) Directory.Delete(dir, true);
        }
    }

    private static List<string> Files(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
}
