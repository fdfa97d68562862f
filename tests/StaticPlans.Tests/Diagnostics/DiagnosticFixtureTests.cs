using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using StaticPlans.Diagnostics;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Diagnostics;

/// <summary>
/// tests/fixtures/diagnostics/&lt;SPxxxx-what&gt;/: one small site per diagnostic code, run through the CLI as an editor
/// or CI runs it (in English), whose diagnostic lines must be exactly those of its expected.txt. A fixture may hold
/// args.txt (the command line, one argument a line; default <c>check</c>) and recipe.txt (what git cannot hold:
/// <c>fifo PATH</c> makes a named pipe, <c>grow PATH BYTES</c> pads a file with newlines to that size,
/// <c>gb18030-name PATH NAME</c> renames a file to NAME spelt in GB18030 bytes, as a zip made on a Chinese Windows
/// PC names its files). The site
/// folder's path is written <c>{site}</c> in expected.txt. tests/fixtures/diagnostics/README.md tells how to add one.
/// </summary>
public sealed partial class DiagnosticFixtureTests
{
    private static readonly string Fixtures = Path.Combine(RepoPaths.Root, "tests", "fixtures", "diagnostics");
    private static readonly string[] NotSiteFiles = ["expected.txt", "args.txt", "recipe.txt"];

    /// <summary>Codes no site folder can produce, each with why and where it is tested instead.</summary>
    private static readonly Dictionary<string, string> NotFromAFolder = new()
    {
        [DiagnosticCodes.PreviewRebuildFailed] = "serve's own: a rebuild that threw (a bug, not a site's content), shown in "
            + "the browser's overlay; check and build exit 70 instead. Serve/ServeTrustTests show the overlay and the last "
            + "good site kept for broken rebuilds",
    };

    public static TheoryData<string> Folders() => new(FixtureNames());

    private static IEnumerable<string> FixtureNames() =>
        Directory.GetDirectories(Fixtures).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_fixture_site_gives_exactly_the_diagnostics_of_its_expected_txt(string fixture)
    {
        var folder = Path.Combine(Fixtures, fixture);
        using var site = new TestSite(siteYml: null);
        Copy(folder, site.Root, top: true);
        if (File.Exists(Path.Combine(folder, "recipe.txt"))) Follow(File.ReadAllLines(Path.Combine(folder, "recipe.txt")), site.Root);
        var args = File.Exists(Path.Combine(folder, "args.txt")) ? Lines(Path.Combine(folder, "args.txt")) : ["check"];

        var (exit, stdout, stderr) = CliRunner.Run(site.Root, args);

        var actual = (stdout + "\n" + stderr).Split('\n').Select(l => l.TrimEnd('\r').Replace(site.Root, "{site}"))
            .Where(l => DiagnosticLine().IsMatch(l)).ToList();
        var expected = Lines(Path.Combine(folder, "expected.txt"));
        Assert.True(expected.SequenceEqual(actual),
            $"{fixture}: expected\n{string.Join("\n", expected)}\nbut the CLI printed\n{string.Join("\n", actual)}\n(all of its output:\n{stdout}{stderr})");
        var code = fixture.Split('-')[0];
        Assert.Contains(expected, line => line.Contains($" {code}: ", StringComparison.Ordinal));
        var errors = expected.Any(line => line.Contains(": error SP", StringComparison.Ordinal));
        Assert.True(errors ? exit is 1 or 2 : exit == 0, $"{fixture}: exit code {exit}");
    }

    [Fact]
    public void Every_diagnostic_code_has_a_fixture_folder_or_says_why_it_cannot()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        var folders = FixtureNames().ToList();
        var covered = folders.Select(f => f.Split('-')[0]).ToHashSet();

        Assert.Empty(codes.Except(covered).Except(NotFromAFolder.Keys).Order());
        Assert.Empty(covered.Except(codes).Order());
        var stale = NotFromAFolder.Keys.Where(c => covered.Contains(c) || !codes.Contains(c)).ToList();
        Assert.True(stale.Count == 0, $"listed as having no fixture, but it has one or is no code: {string.Join(", ", stale)}");
        Assert.All(folders, f => Assert.Matches(@"^SP\d{4}-[a-z0-9]+(-[a-z0-9]+)*$", f));
        Assert.All(folders, f => Assert.True(File.Exists(Path.Combine(Fixtures, f, "expected.txt")), $"{f} has no expected.txt"));
    }

    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int Rename(byte[] from, byte[] to);

    [GeneratedRegex(@": (error|warning) SP\d{4}: ")]
    private static partial Regex DiagnosticLine();

    private static string[] Lines(string file) => File.ReadAllLines(file).Where(l => l.Length > 0).ToArray();

    /// <summary>Copies a fixture as git holds it: symbolic links stay links with the same target.</summary>
    private static void Copy(string from, string to, bool top = false)
    {
        Directory.CreateDirectory(to);
        foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos())
        {
            if (top && NotSiteFiles.Contains(entry.Name)) continue;
            var target = Path.Combine(to, entry.Name);
            if (entry.LinkTarget is { } link)
            {
                if (entry is DirectoryInfo) Directory.CreateSymbolicLink(target, link);
                else File.CreateSymbolicLink(target, link);
            }
            else if (entry is DirectoryInfo) Copy(entry.FullName, target);
            else File.Copy(entry.FullName, target);
        }
    }

    private static void Follow(IEnumerable<string> recipe, string root)
    {
        foreach (var step in recipe.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(s => s.Length > 0))
        {
            var path = Path.Combine(root, step[1]);
            switch (step[0])
            {
                case "fifo":
                    using (var mkfifo = Process.Start("mkfifo", [path]))
                    {
                        mkfifo.WaitForExit();
                        Assert.Equal(0, mkfifo.ExitCode);
                    }
                    break;
                case "grow":
                    using (var file = new FileStream(path, FileMode.Append))
                    {
                        var padding = long.Parse(step[2], System.Globalization.CultureInfo.InvariantCulture) - file.Length;
                        file.Write(Enumerable.Repeat((byte)'\n', (int)padding).ToArray());
                    }
                    break;
                case "gb18030-name":
                    // .NET names files in UTF-8 only: rename(2) takes the bytes as they are.
                    Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                    var name = Path.Combine(Path.GetDirectoryName(path)!, step[2]);
                    var bytes = Encoding.GetEncoding(54936).GetBytes(name + "\0");
                    Assert.Equal(0, Rename(Encoding.UTF8.GetBytes(path + "\0"), bytes));
                    break;
                default:
                    throw new InvalidOperationException($"unknown recipe step '{step[0]}'");
            }
        }
    }
}
