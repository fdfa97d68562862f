using System.Diagnostics;
using StaticPlans.Building;
using StaticPlans.Diagnostics;
using StaticPlans.Loading;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Loading;

/// <summary>
/// Only the site's own regular files are read: a link leading out of the site, a FIFO, a device or a link loop
/// among the inputs is an error naming the file, the build ends (it neither hangs nor runs out of memory) and
/// nothing from outside the site reaches the output.
/// </summary>
public sealed class SiteInputsTests : IDisposable
{
    private readonly TestSite _site = new();

    public SiteInputsTests() => _site.WritePlan("plan-a");

    public void Dispose() => _site.Dispose();

    private string Output => Path.Combine(_site.Parent, "public");

    private void Link(string relative, string target)
    {
        var path = Path.Combine(_site.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
    }

    private void Fifo(string relative)
    {
        var path = Path.Combine(_site.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>Builds with a time limit: a build that blocks on a FIFO or reads /dev/zero fails the test instead of hanging it.</summary>
    private BuildResult Build() => Finishes(() => _site.Build(Output));

    private static T Finishes<T>(Func<T> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(TimeSpan.FromSeconds(60)), "the build did not finish");
        return task.Result;
    }

    private void AssertRefused(BuildResult result, string code, string file, string message)
    {
        var d = DiagnosticAssert.Single(result.Diagnostics, code, file, 0, 0, Severity.Error);
        Assert.Contains(message, d.Message);
        Assert.False(Directory.Exists(Output), "nothing may be published");
    }

    [Fact]
    public void A_static_file_linked_to_etc_passwd_is_an_error_and_not_published()
    {
        Link("static/x", "/etc/passwd");

        AssertRefused(Build(), DiagnosticCodes.InputLinkOutside, "static/x", "a symbolic link to '/etc/passwd', outside the site folder");
    }

    [Fact]
    public void A_static_file_linked_to_the_process_environment_is_an_error_and_not_published()
    {
        Link("static/y", "/proc/self/environ");

        AssertRefused(Build(), DiagnosticCodes.InputLinkOutside, "static/y", "outside the site folder");
    }

    [Fact]
    public void A_plan_linked_to_dev_zero_is_an_error_and_the_build_ends()
    {
        Link("content/plans/2024/zero.md", "/dev/zero");

        AssertRefused(Build(), DiagnosticCodes.InputLinkOutside, "content/plans/2024/zero.md", "'/dev/zero', outside the site folder");
    }

    [Fact]
    public void A_fifo_named_like_a_plan_is_an_error_and_the_build_does_not_hang()
    {
        Fifo("content/plans/2024/pipe.md");

        AssertRefused(Build(), DiagnosticCodes.InputNotRegular, "content/plans/2024/pipe.md", "a named pipe (FIFO), not a regular file");
    }

    [Fact]
    public void A_fifo_among_the_layouts_is_an_error_and_the_build_does_not_hang()
    {
        Fifo("layouts/partials/extra.html");

        AssertRefused(Build(), DiagnosticCodes.InputNotRegular, "layouts/partials/extra.html", "a named pipe (FIFO)");
    }

    [Fact]
    public void A_device_reached_through_a_chain_of_links_is_judged_by_where_the_chain_ends()
    {
        Link("static/dev", "/dev");
        Link("static/null.txt", "dev/null"); // inside the site by its name, /dev/null by its real path

        var result = Build();

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InputLinkOutside && d.File == "static/null.txt");
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InputLinkOutside && d.File == "static/dev");
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void A_symlink_loop_is_an_error()
    {
        Link("content/plans/2024/loop.md", "loop.md");

        AssertRefused(Build(), DiagnosticCodes.InputLinkBroken, "content/plans/2024/loop.md", "a symbolic link loop");
    }

    [Fact]
    public void A_link_to_a_folder_is_an_error_even_inside_the_site()
    {
        _site.Write("docs/a.txt", "文件\n");
        Link("static/docs", "../docs");
        Link("content/plans/2024/up", ".."); // followed, this one would make every enumeration loop

        var result = Build();

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InputLinkToFolder && d.File == "static/docs");
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InputLinkToFolder && d.File == "content/plans/2024/up");
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void A_link_into_the_git_folder_is_an_error()
    {
        _site.Write(".git/config", "[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n");
        Link("static/config.txt", "../.git/config");

        AssertRefused(Build(), DiagnosticCodes.InputLinkOutside, "static/config.txt", "outside the site folder");
    }

    [Fact]
    public void Site_yml_and_strings_yml_linked_out_of_the_site_are_errors()
    {
        Link("strings.yml", "/etc/passwd");

        AssertRefused(Build(), DiagnosticCodes.InputLinkOutside, "strings.yml", "outside the site folder");
    }

    [Fact]
    public void A_link_to_a_regular_file_inside_the_site_is_allowed_and_published()
    {
        _site.WriteBytes("files/report.pdf", [0x25, 0x50, 0x44, 0x46]);
        Link("static/report.pdf", "../files/report.pdf");
        _site.Write("drafts/shared.md", "---\ntitle: 测试县教育局2024年工作要点\nyear: 2024\nkind: plan\ndate: 2024-03-01\n---\n\n## 一、总体要求\n\n做好学前教育工作。\n");
        Link("content/plans/2024/linked.md", "../../../drafts/shared.md");

        var result = Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal([0x25, 0x50, 0x44, 0x46], File.ReadAllBytes(Path.Combine(Output, "report.pdf")));
        Assert.Contains("测试县教育局2024年工作要点", File.ReadAllText(Path.Combine(Output, "plans", "2024", "linked", "index.html")));
    }

    [Fact]
    public void A_plan_larger_than_4_MiB_is_an_error_naming_it()
    {
        _site.WritePlan("huge", "## 一、总体要求\n\n" + new string('文', 1_500_000) + "\n");

        AssertRefused(Build(), DiagnosticCodes.InputTooLarge, "content/plans/2024/huge.md", "more than the 4 MiB a plan may have");
    }

    [Fact]
    public void Check_reports_the_same_problems_without_reading_them()
    {
        Link("static/x", "/etc/passwd");
        Fifo("content/plans/2024/pipe.md");

        var diagnostics = Finishes(_site.Check);

        Assert.Equal(["content/plans/2024/pipe.md", "static/x"], diagnostics.Select(d => d.File).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_file_kind_of_a_fifo_a_device_and_a_regular_file_is_told_apart_without_opening_them()
    {
        Fifo("pipe");

        Assert.Equal(FileKind.Fifo, FileKinds.Of(Path.Combine(_site.Root, "pipe")));
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/zero"));
        Assert.Equal(FileKind.Regular, FileKinds.Of(Path.Combine(_site.Root, "site.yml")));
        Assert.Equal(FileKind.Missing, FileKinds.Of(Path.Combine(_site.Root, "nothing-here")));
    }

    [Fact]
    public void An_entry_looked_up_by_name_in_its_open_folder_is_what_a_lookup_by_its_path_finds()
    {
        Fifo("content/plans/2024/pipe.md");
        Link("content/plans/2024/link.md", "plan-a.md");
        _site.Write("content/plans/2024/附件说明.md", "文字");
        Directory.CreateDirectory(Path.Combine(_site.Root, "content", "plans", "2024", "folder"));
        var folder = Path.Combine(_site.Root, "content", "plans", "2024");

        using var open = FolderHandle.Open(folder);

        Assert.NotNull(open);
        foreach (var name in new[] { "plan-a.md", "附件说明.md", "pipe.md", "link.md", "folder" })
            Assert.Equal(FileKinds.Stat(Path.Combine(folder, name)), FileKinds.StatIn(open, name));
        Assert.Null(FileKinds.StatIn(open, "missing.md"));
    }
}
