using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using StaticPlans.Loading;

namespace StaticPlans.Building;

/// <summary>
/// A digest of everything a build reads, so a rebuild with nothing changed can stop at once. Content and static
/// files count by path, size and modification time (stat only: 10,000 plans in milliseconds); site.yml, strings
/// and theme files by their bytes; the tool by its assembly identity. It is kept in the output folder, with a
/// digest of the output itself (every file's path and size, stat only), so a page deleted, added or cut short in
/// the output makes the next build run instead of calling a damaged site up to date. Not modification times: two
/// builds of the same site must stay byte-identical, stamp included.
/// </summary>
public static class BuildFingerprint
{
    public const string StampFile = Output.AtomicSiteWriter.StampFile;

    public static string Compute(BuildOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        var root = options.SourceDir;
        Add(typeof(BuildFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(Assembly.GetEntryAssembly()?.ManifestModule.ModuleVersionId.ToString() ?? "");
        Add($"{options.BaseUrl}|{options.Drafts}|{options.Compress}");
        foreach (var file in SiteInputs.Files)
        {
            var path = Path.Combine(root, file);
            Add(file);
            if (File.Exists(path)) hash.AppendData(File.ReadAllBytes(path));
        }
        foreach (var folder in new[] { SiteInputs.LayoutsFolder, SiteInputs.AssetsFolder, SiteInputs.ThemesFolder })
            AddTree(root, folder, hash, stat: false);
        foreach (var folder in new[] { SiteInputs.PlansFolder, SiteInputs.StaticFolder })
            AddTree(root, folder, hash, stat: true);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>What the stamp of a finished build says: the inputs' fingerprint, then the output's digest.</summary>
    public static string StampText(string fingerprint, string outputDir) => $"{fingerprint}\n{OutputDigest(outputDir)}\n";

    public static bool IsStamped(string outputDir) => Loading.FileKinds.Of(Path.Combine(outputDir, StampFile)) == Loading.FileKind.Regular;

    /// <summary>Whether the output was built from these very inputs and is still as that build left it.</summary>
    /// <param name="outputDigest">The output's <see cref="OutputDigest"/>, taken meanwhile.</param>
    public static bool Matches(string outputDir, string fingerprint, Task<string> outputDigest)
    {
        if (!IsStamped(outputDir)) return false;
        var lines = File.ReadAllText(Path.Combine(outputDir, StampFile)).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length != 2 || lines[0] != fingerprint) return false;
        try
        {
            return lines[1] == outputDigest.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // an output that cannot be read whole is rebuilt, which replaces it
        }
    }

    /// <summary>A digest of every file under <paramref name="outputDir"/> but the stamp: path and size.</summary>
    public static string OutputDigest(string outputDir)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var entries = new System.IO.Enumeration.FileSystemEnumerable<string>(root,
            (ref System.IO.Enumeration.FileSystemEntry e) => $"{e.Directory[root.Length..]}/{e.FileName}|{e.Length}", options)
        {
            // Files only, and links are not followed: the output is ours, but a link someone put in it may loop.
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) =>
                !e.IsDirectory && !(e.Directory.Length == root.Length && e.FileName.SequenceEqual(StampFile)),
            ShouldRecursePredicate = (ref System.IO.Enumeration.FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in entries.Order(StringComparer.Ordinal)) hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void AddTree(string root, string folder, IncrementalHash hash, bool stat)
    {
        var dir = Path.Combine(root, folder);
        if (!Directory.Exists(dir)) return;
        var entries = new DirectoryInfo(dir).EnumerateFiles("*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(root, f.FullName), Info: f))
            .OrderBy(e => e.Path, StringComparer.Ordinal);
        foreach (var (path, info) in entries)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path + "\n"));
            if (stat) hash.AppendData(Encoding.UTF8.GetBytes($"{info.Length}|{info.LastWriteTimeUtc.Ticks}\n"));
            else hash.AppendData(File.ReadAllBytes(info.FullName));
        }
    }
}
