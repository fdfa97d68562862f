using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using StaticPlans.Loading;

namespace StaticPlans.Building;

/// <summary>
/// A digest of everything a build reads, so a rebuild with nothing changed can stop at once. Content and static
/// files count by path, size and modification time (the input scan's own stat of each: 10,000 plans in
/// milliseconds); site.yml, strings and theme files by their bytes; the tool by its assembly identity. It is kept in
/// the output folder, with a digest of the output itself (every file's path and size) and a list of the output
/// (<see cref="OutputManifest"/>), so a page deleted, added, cut short or edited in the output makes the next build
/// run instead of calling a damaged site up to date. Not modification times: two builds of the same site must stay
/// byte-identical, stamp included.
/// </summary>
public static class BuildFingerprint
{
    public const string StampFile = Output.AtomicSiteWriter.StampFile;

    /// <param name="scanned">What <see cref="SiteInputs.Scan"/> saw: the plans' and static files' sizes and times.</param>
    public static string Compute(BuildOptions options, IReadOnlyCollection<(string Path, long Size, long ModifiedTicks)> scanned)
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
            AddTree(root, folder, hash);
        // "path|size|modified\n" per plan and static file, written into one buffer and hashed a buffer at a time:
        // a string and a byte array per plan, then a hash call each, were a tenth of a no-op rebuild at 20,000 plans.
        var buffer = new byte[16 << 10];
        var used = 0;
        foreach (var (path, size, modified) in scanned)
        {
            if (!path.StartsWith(SiteInputs.PlansFolder + "/", StringComparison.Ordinal) && !path.StartsWith(SiteInputs.StaticFolder + "/", StringComparison.Ordinal)) continue;
            var longest = Encoding.UTF8.GetMaxByteCount(path.Length) + 2 * 20 + 3;
            if (buffer.Length - used < longest)
            {
                hash.AppendData(buffer, 0, used);
                used = 0;
                if (buffer.Length < longest) buffer = new byte[longest];
            }
            var line = buffer.AsSpan(used);
            var n = Encoding.UTF8.GetBytes(path, line);
            line[n++] = (byte)'|';
            size.TryFormat(line[n..], out var written, default, CultureInfo.InvariantCulture);
            n += written;
            line[n++] = (byte)'|';
            modified.TryFormat(line[n..], out written, default, CultureInfo.InvariantCulture);
            n += written;
            line[n++] = (byte)'\n';
            used += n;
        }
        hash.AppendData(buffer, 0, used);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>What the stamp of a finished build says: the inputs' fingerprint, then the output's digest.</summary>
    public static string StampText(string fingerprint, string outputDir) => $"{fingerprint}\n{OutputDigest(outputDir)}\n";

    public static bool IsStamped(string outputDir) => Loading.FileKinds.Of(Path.Combine(outputDir, StampFile)) == Loading.FileKind.Regular;

    /// <summary>Whether the output was built from these very inputs and is still as that build left it.</summary>
    /// <param name="outputState">The output's <see cref="OutputState"/>, taken meanwhile; abandoned when the inputs differ.</param>
    public static bool Matches(string outputDir, string fingerprint, Task<bool> outputState, CancellationTokenSource? abandon = null)
    {
        if (!IsStamped(outputDir)) return false;
        try
        {
            // The first line only, without waiting for the output's check (a plan edited is the common case).
            Span<byte> head = stackalloc byte[256];
            int read;
            using (var handle = File.OpenHandle(Path.Combine(outputDir, StampFile))) read = RandomAccess.Read(handle, head, 0);
            var newline = head[..read].IndexOf((byte)'\n');
            if (newline < 0 || Encoding.UTF8.GetString(head[..newline]).Trim() != fingerprint)
            {
                abandon?.Cancel();
                return false;
            }
            return outputState.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            return false; // an output that cannot be read whole is rebuilt, which replaces it
        }
    }

    /// <summary>
    /// Whether the output is still as the stamp says: when the stamp lists the output (<see cref="OutputManifest"/>),
    /// every listed entry is provably as the build left it, nothing else is there and the list is the one the
    /// stamp's digest was made of; without a list, the <see cref="OutputDigest"/> of the whole output is the
    /// stamp's. The stamp is read once, as bytes (its fingerprint is <see cref="Matches"/>' to compare).
    /// </summary>
    public static bool OutputState(string outputDir, CancellationToken abandoned = default)
    {
        var stamp = File.ReadAllBytes(Path.Combine(outputDir, StampFile));
        var first = stamp.AsSpan().IndexOf((byte)'\n');
        var second = first < 0 ? -1 : stamp.AsSpan(first + 1).IndexOf((byte)'\n');
        if (second < 0) return false;
        second += first + 1;
        var digest = Encoding.UTF8.GetString(stamp, first + 1, second - first - 1).Trim();
        // Two lines (a build that could not list its output: the whole output is read), or two and the list: a
        // stamp of any other shape (a line added, the list's header changed, its newlines made CRLF) is no proof.
        if (second + 1 == stamp.Length) return digest == OutputDigest(outputDir);
        var header = Encoding.ASCII.GetBytes(OutputManifest.Header + "\n");
        return stamp.AsSpan(second + 1).StartsWith(header)
            && OutputManifest.Unchanged(outputDir, stamp, second + 1 + header.Length, digest, abandoned);
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
        return DigestOf(entries.Order(StringComparer.Ordinal));
    }

    /// <summary>The digest of the output's file lines ("/plans/2024/a/index.html|5120"), in ordinal order.</summary>
    internal static string DigestOf(IEnumerable<string> fileLines)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1024];
        foreach (var line in fileLines)
        {
            var length = Encoding.UTF8.GetMaxByteCount(line.Length) + 1;
            if (buffer.Length < length) buffer = new byte[length];
            var written = Encoding.UTF8.GetBytes(line, buffer);
            buffer[written] = (byte)'\n';
            hash.AppendData(buffer, 0, written + 1);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void AddTree(string root, string folder, IncrementalHash hash)
    {
        var dir = Path.Combine(root, folder);
        if (!Directory.Exists(dir)) return;
        var entries = new DirectoryInfo(dir).EnumerateFiles("*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(root, f.FullName), Info: f))
            .OrderBy(e => e.Path, StringComparer.Ordinal);
        foreach (var (path, info) in entries)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path + "\n"));
            hash.AppendData(File.ReadAllBytes(info.FullName));
        }
    }
}
