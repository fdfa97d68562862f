namespace StaticPlans.Tests.Support;

/// <summary>
/// The real bureau documents (as scraped, and hand-cleaned) in &lt;repo root&gt;/../shared/real-docs. They are read at
/// run time and never copied into the repository: their wording is not ours to publish.
/// </summary>
public static class RealDocs
{
    public static string Folder { get; } = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "real-docs"));

    /// <summary>The names (without extension) of the scraped documents that have a hand-cleaned version.</summary>
    public static IReadOnlyList<string> Names() =>
        Directory.GetFiles(Folder, "*.txt").Select(Path.GetFileNameWithoutExtension)
            .Where(n => File.Exists(Path.Combine(Folder, "clean", n + ".md"))).Order(StringComparer.Ordinal).ToList()!;

    public static byte[] Scraped(string name) => File.ReadAllBytes(Path.Combine(Folder, name + ".txt"));

    public static string Clean(string name) => File.ReadAllText(Path.Combine(Folder, "clean", name + ".md"));
}
