using System.Runtime.InteropServices;

namespace StaticPlans.Output;

/// <summary>
/// Writes a whole site into a fresh folder beside the output and only then puts it in place, so readers never
/// see half a site and a failed or interrupted build leaves the previous one exactly as it was. On Linux the
/// swap is one renameat2(RENAME_EXCHANGE) call; elsewhere two renames with a moment in between.
/// </summary>
public static class AtomicSiteWriter
{
    public static void Write(string outputDir, IReadOnlyList<OutputFile> files, CancellationToken cancel = default)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        var parent = Path.GetDirectoryName(output) ?? throw new IOException($"'{outputDir}' has no parent folder");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        try
        {
            WriteAll(staging, files, cancel);
            cancel.ThrowIfCancellationRequested();
            Swap(staging, output, parent, name);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static void WriteAll(string root, IReadOnlyList<OutputFile> files, CancellationToken cancel)
    {
        Directory.CreateDirectory(root);
        foreach (var dir in files.Select(f => Path.GetDirectoryName(f.Path.Replace('/', Path.DirectorySeparatorChar))).Distinct())
        {
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(Path.Combine(root, dir));
        }
        Parallel.ForEach(files, new ParallelOptions { CancellationToken = cancel }, file =>
        {
            var target = Path.GetFullPath(Path.Combine(root, file.Path));
            if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new IOException($"refusing to write '{file.Path}' outside the output folder");
            File.WriteAllBytes(target, file.Bytes);
        });
    }

    private static void Swap(string staging, string output, string parent, string name)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }
        if (OperatingSystem.IsLinux() && Exchange(staging, output))
        {
            Directory.Delete(staging, recursive: true); // now holds the previous site
            return;
        }
        var old = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");
        Directory.Move(output, old);
        Directory.Move(staging, output);
        Directory.Delete(old, recursive: true);
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
