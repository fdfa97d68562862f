using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using StaticPlans.Loading;

namespace StaticPlans.Output;

/// <summary>
/// Writes a whole site into a fresh folder beside the output and only then puts it in place, so readers never
/// see half a site and a failed or interrupted build leaves the previous one exactly as it was. Files are written
/// as they are rendered (memory stays flat however large the site); <see cref="Commit"/> swaps the folders, on Linux
/// with one renameat2(RENAME_EXCHANGE) call, elsewhere with two renames a moment apart. Disposing without a
/// commit removes the staging folder and nothing else. The staging folder carries the stamp from its first moment,
/// so the staging folder of a killed build is provably ours and the next build removes it.
/// A file that cannot be written (disk full) does not throw on the rendering thread: the first such failure is
/// kept in <see cref="Failure"/>, later files are skipped, and the caller reports it instead of committing.
/// </summary>
public sealed class AtomicSiteWriter : IOutputSink, IDisposable
{
    /// <summary>Marks a folder as written by StaticPlans: the output of a build, or a staging folder.</summary>
    public const string StampFile = ".staticplans-build";

    private readonly Func<string, Stream> _create;
    private string? _failure;
    private readonly string _output;
    private readonly string _parent;
    private readonly string _name;
    private readonly string _staging;
    // A Lazy per folder: threads writing into the same new folder wait until it exists.
    private readonly ConcurrentDictionary<string, Lazy<bool>> _dirs = new(StringComparer.Ordinal);
    private int _count;

    /// <param name="create">How a file is created: a test passes one that fails as a full disk does.</param>
    /// <exception cref="IOException">The staging folder cannot be made (read-only parent, …).</exception>
    /// <exception cref="UnauthorizedAccessException">The same, for want of permission.</exception>
    public AtomicSiteWriter(string outputDir, Func<string, Stream>? create = null)
    {
        _create = create ?? Create;
        _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        _parent = Path.GetDirectoryName(_output) ?? throw new IOException($"'{outputDir}' has no parent folder");
        _name = Path.GetFileName(_output);
        _staging = Path.Combine(_parent, $".{_name}.staging-{Environment.ProcessId}");
        Directory.CreateDirectory(_parent);
        RemoveLeftovers(_output);
        if (FileKinds.Of(_staging) != FileKind.Missing)
            throw new IOException($"'{_staging}' is in the way and was not made by StaticPlans: remove it");
        Directory.CreateDirectory(_staging);
        File.WriteAllText(Path.Combine(_staging, StampFile), "staging\n");
    }

    public int Count => _count;

    /// <summary>The folder being written, which becomes the output on <see cref="Commit"/>.</summary>
    public string StagingFolder => _staging;

    /// <summary>The first file that could not be written, as "path: reason"; null while all is well.</summary>
    public string? Failure => _failure;

    public void Add(OutputFile file)
    {
        if (_failure is not null) return;
        var target = Path.GetFullPath(Path.Combine(_staging, file.Path));
        if (!target.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new IOException($"refusing to write '{file.Path}' outside the output folder");
        try
        {
            var dir = Path.GetDirectoryName(target)!;
            _ = _dirs.GetOrAdd(dir, d => new Lazy<bool>(() => Directory.CreateDirectory(d).Exists)).Value;
            using (var stream = _create(target))
                file.WriteTo(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _failure, $"{file.Path}: {e.Message}", null);
            return;
        }
        Interlocked.Increment(ref _count);
    }

    /// <summary>Replaces the staging folder's stamp (written last, so only a complete site carries a real one).</summary>
    public void Stamp(string text) => File.WriteAllText(Path.Combine(_staging, StampFile), text);

    /// <summary>
    /// Removes what killed builds left beside <paramref name="outputDir"/>: folders named like our staging folders
    /// (".public.staging-1234", ".public.old-1234"), that are real folders carrying our stamp, and whose process is
    /// gone. Anything else is left alone, whatever its name.
    /// </summary>
    public static void RemoveLeftovers(string outputDir)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        if (Path.GetDirectoryName(output) is not { } parent || !Directory.Exists(parent)) return;
        var pattern = new Regex("^\\." + Regex.Escape(Path.GetFileName(output)) + "\\.(?:staging|old)-([0-9]{1,9})$", RegexOptions.CultureInvariant);
        foreach (var entry in Directory.EnumerateDirectories(parent, "." + Path.GetFileName(output) + ".*"))
        {
            if (pattern.Match(Path.GetFileName(entry)) is not { Success: true } match || FileKinds.Of(entry) != FileKind.Directory) continue;
            var pid = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (pid != Environment.ProcessId && IsRunning(pid)) continue;
            // Unstamped, it is removed only when empty (a build killed between making the folder and stamping it):
            // a non-recursive delete cannot remove anything else.
            var stamped = FileKinds.Of(Path.Combine(entry, StampFile)) == FileKind.Regular;
            try { Directory.Delete(entry, recursive: stamped); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // not empty, or tried again next build
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    // Unbuffered: files arrive as whole byte arrays or through a writer with its own buffer. CreateNew, because
    // .NET truncates a FileMode.Create file after opening it, and on ext4 a truncated file is flushed to disk
    // when it is closed: a tenth of the render stage at 10,000 plans. The staging folder starts empty, so only
    // a path written twice (a site's static file over a theme asset) needs the fallback.
    private static Stream Create(string target)
    {
        try
        {
            return new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        }
        catch (IOException) when (File.Exists(target))
        {
            return new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        }
    }

    public void Commit()
    {
        if (!Directory.Exists(_output))
        {
            Directory.Move(_staging, _output);
        }
        else if (OperatingSystem.IsLinux() && Exchange(_staging, _output))
        {
            // The staging folder now holds the previous site; it is removed in Dispose.
        }
        else
        {
            var old = Path.Combine(_parent, $".{_name}.old-{Environment.ProcessId}");
            Directory.Move(_output, old);
            Directory.Move(_staging, _output);
            Directory.Delete(old, recursive: true);
        }
    }

    public void Dispose()
    {
        // Best effort: what cannot be removed now (a full disk, a file held open) the next build removes.
        try
        {
            if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    /// <summary>Writes <paramref name="files"/> and commits: the whole site in one call.</summary>
    public static void Write(string outputDir, IReadOnlyList<OutputFile> files, CancellationToken cancel = default)
    {
        using var writer = new AtomicSiteWriter(outputDir);
        Parallel.ForEach(files, new ParallelOptions { CancellationToken = cancel }, writer.Add);
        cancel.ThrowIfCancellationRequested();
        if (writer.Failure is { } failure) throw new IOException(failure);
        writer.Commit();
    }

    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);

    private static bool Exchange(string a, string b)
    {
        try
        {
            return renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }
}
