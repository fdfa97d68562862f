using System.Diagnostics;
using System.Security.Cryptography;
using StaticPlans.Building;
using StaticPlans.Diagnostics;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Output;

/// <summary>A folder that cannot be written, or a disk that fills up, is a diagnostic naming it; the previous site stays as it was.</summary>
public sealed class WriteFailureTests : IDisposable
{
    private readonly TestSite _site = new();

    public WriteFailureTests()
    {
        for (var i = 1; i <= 3; i++) _site.WritePlan($"plan-{i}", $"## 一、总体要求\n\n校园安全第{i}项。\n", title: $"计划{i}");
    }

    public void Dispose() => _site.Dispose();

    private static SortedDictionary<string, string> Snapshot(string root)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories))
            result[Path.GetRelativePath(root, entry)] = File.Exists(entry) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry))) : "dir";
        return result;
    }

    [Fact]
    public void A_full_disk_is_a_diagnostic_naming_the_file_and_the_previous_site_is_untouched()
    {
        var output = Path.Combine(_site.Parent, "public");
        Assert.True(_site.Build(output).Succeeded);
        var before = Snapshot(output);
        var beside = Directory.GetFileSystemEntries(_site.Parent).Order(StringComparer.Ordinal).ToList();
        _site.WritePlan("plan-4", "## 一、总体要求\n\n校园安全新的一项。\n", title: "计划4");
        var written = 0;
        Stream DiskFillsUp(string path) => Interlocked.Increment(ref written) < 5
            ? new FileStream(path, FileMode.CreateNew, FileAccess.Write)
            : throw new IOException($"No space left on device : '{path}'");

        var result = SiteBuilder.Build(new BuildOptions(_site.Root, output) { CreateOutputFile = DiskFillsUp });

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.OutputFailed, Severity.Error, output), (d.Code, d.Severity, d.File));
        Assert.Matches(@"could not write the site \([^():]+\.[a-z]+: No space left on device", d.Message);
        Assert.Contains("the previous site is unchanged", d.Message);
        Assert.Equal(before, Snapshot(output));
        Assert.Equal(beside, Directory.GetFileSystemEntries(_site.Parent).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void A_read_only_output_parent_is_a_diagnostic_with_exit_1_not_a_stack_trace()
    {
        using var parent = ReadOnlyFolder.Create();
        var output = Path.Combine(parent.Path, "public");
        Assert.Equal(0, CliRunner.Run(_site.Root, "build", "-o", output).ExitCode);
        var before = Snapshot(parent.Path);
        _site.WritePlan("plan-4", "## 一、总体要求\n\n校园安全新的一项。\n", title: "计划4");
        parent.MakeReadOnly();

        var (exit, _, stderr) = CliRunner.Run(_site.Root, "build", "-o", output);

        Assert.Equal(1, exit);
        Assert.Contains($"{output}: error {DiagnosticCodes.OutputFailed}: cannot write beside the output folder", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal(before, Snapshot(parent.Path));
    }
}

/// <summary>
/// A folder that can be made read-only for real: by its mode for a normal user; as root, whom modes do not stop,
/// as a tmpfs mounted read-only (root in a container may mount).
/// </summary>
public sealed class ReadOnlyFolder : IDisposable
{
    private readonly bool _mounted;

    private ReadOnlyFolder(string path, bool mounted)
    {
        Path = path;
        _mounted = mounted;
    }

    public string Path { get; }

    public static ReadOnlyFolder Create()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sp-ro-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        var root = Environment.UserName == "root";
        if (root) Run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", path);
        return new ReadOnlyFolder(path, root);
    }

    public void MakeReadOnly()
    {
        if (_mounted) Run("mount", "-o", "remount,ro", Path);
        else if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserExecute);
    }

    public void Dispose()
    {
        if (_mounted) Run("umount", Path);
        else if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(Path, recursive: true);
    }

    private static void Run(string tool, params string[] args)
    {
        using var process = Process.Start(tool, args);
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} failed");
    }
}
