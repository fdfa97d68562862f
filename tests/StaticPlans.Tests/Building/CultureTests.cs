using System.Globalization;
using StaticPlans.Building;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Building;

/// <summary>The site is the same whatever locale the build runs in (a Thai or Saudi CI runner, an editor's laptop).</summary>
public class CultureTests
{
    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    public void The_sample_site_built_under_a_culture_with_another_calendar_is_byte_identical_to_one_built_under_the_invariant_culture(string name)
    {
        var invariant = Path.Combine(Path.GetTempPath(), "sp-culture-inv-" + Guid.NewGuid().ToString("N"));
        var local = Path.Combine(Path.GetTempPath(), "sp-culture-" + name + "-" + Guid.NewGuid().ToString("N"));
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            Assert.True(SiteBuilder.Build(new BuildOptions(RepoPaths.Root, invariant)).Succeeded);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
            // The culture really changes the calendar here (the year 2024 would be written 2567 or 1445/1446).
            Assert.NotEqual("2024", new DateOnly(2024, 7, 10).ToString("yyyy", CultureInfo.CurrentCulture));
            Assert.True(SiteBuilder.Build(new BuildOptions(RepoPaths.Root, local)).Succeeded);
            Assert.Equal(name, CultureInfo.CurrentCulture.Name);

            var files = Files(invariant);
            Assert.Equal(files, Files(local));
            Assert.True(files.Count > 40);
            foreach (var file in files)
                Assert.True(File.ReadAllBytes(Path.Combine(invariant, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(local, file))), file);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
            foreach (var dir in new[] { invariant, local }) if (Directory.Exists(dir)) Directory.Delete(dir, true);
        }
    }

    private static List<string> Files(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(root, f)).Where(f => f != BuildFingerprint.StampFile).Order(StringComparer.Ordinal).ToList();
}
