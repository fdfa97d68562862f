using System.Security.Cryptography;
using StaticPlans.Building;
using StaticPlans.Diagnostics;
using StaticPlans.Output;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Output;

/// <summary>A build never loses or half-publishes: the previous site survives any failure, and nothing outside the output changes.</summary>
public sealed class AtomicBuildTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private string Output => Path.Combine(_site.Parent, "public");

    private void WriteGoodSite()
    {
        for (var i = 1; i <= 5; i++)
            _site.WritePlan($"plan-{i}", $"## 一、总体要求\n\n校园安全第{i}项。\n", title: $"计划{i}");
        _site.WriteBytes("static/images/logo.png", [1, 2, 3]);
    }

    /// <summary>Every file under a folder with a hash of its bytes, and every folder, sorted.</summary>
    private static SortedDictionary<string, string> Snapshot(string root)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(root)) return result;
        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories))
            result[Path.GetRelativePath(root, dir) + "/"] = "dir";
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            result[Path.GetRelativePath(root, file)] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        return result;
    }

    private static SortedSet<string> Entries(string folder) =>
        new(Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>(), StringComparer.Ordinal);

    [Fact]
    public void A_build_that_fails_on_the_last_page_leaves_the_previous_site_byte_identical()
    {
        WriteGoodSite();
        var first = _site.Build(Output);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        var before = Snapshot(Output);
        var parentBefore = Entries(_site.Parent);
        Assert.Contains("plans/2024/plan-5/index.html", before.Keys);

        // A layout that fails only for the last plan, after every other page has rendered fine.
        _site.WritePlan("plan-6", "## 一、总体要求\n\n校园安全。\n", title: "最后一份");
        _site.Write("layouts/plan.html", "<h1>{{ plan.title }}</h1>\n{{ if plan.title == \"最后一份\" }}{{ plan.no_such_member }}{{ end }}\n{{ plan.body }}\n");
        var second = _site.Build(Output);

        Assert.False(second.Succeeded);
        var error = Assert.Single(second.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("layouts/plan.html", 2), (error.File, error.Line));
        Assert.Equal(before, Snapshot(Output));
        Assert.Equal(parentBefore, Entries(_site.Parent));
    }

    [Fact]
    public void A_successful_rebuild_replaces_the_site_and_leaves_nothing_beside_it()
    {
        WriteGoodSite();
        Assert.True(_site.Build(Output).Succeeded);
        var parentBefore = Entries(_site.Parent);
        File.Delete(Path.Combine(_site.Root, "content/plans/2024/plan-5.md"));
        Assert.True(_site.Build(Output).Succeeded);
        Assert.False(File.Exists(Path.Combine(Output, "plans/2024/plan-5/index.html")), "a removed plan's page must go");
        Assert.True(File.Exists(Path.Combine(Output, "plans/2024/plan-4/index.html")));
        Assert.Equal(parentBefore, Entries(_site.Parent));
    }

    [Fact]
    public void A_build_with_content_errors_writes_nothing_at_all()
    {
        WriteGoodSite();
        _site.Write("content/plans/2024/broken.md", "no front matter\n");
        var parentBefore = Entries(_site.Parent);
        var sourceBefore = Snapshot(_site.Root);
        Assert.False(_site.Build(Output).Succeeded);
        Assert.Equal(parentBefore, Entries(_site.Parent));
        Assert.Equal(sourceBefore, Snapshot(_site.Root));
    }

    [Fact]
    public void A_static_file_at_the_path_of_a_theme_asset_replaces_it_in_the_published_site()
    {
        WriteGoodSite();
        _site.WriteBytes("static/assets/site.css", "/* 本局样式 */"u8.ToArray());

        Assert.True(_site.Build(Output).Succeeded);

        Assert.Equal("/* 本局样式 */", File.ReadAllText(Path.Combine(Output, "assets", "site.css")));
    }

    [Fact]
    public void An_interrupted_write_leaves_the_previous_site_and_no_staging_folder()
    {
        WriteGoodSite();
        Assert.True(_site.Build(Output).Succeeded);
        var before = Snapshot(Output);
        var parentBefore = Entries(_site.Parent);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var files = Enumerable.Range(0, 200).Select(i => new OutputFile($"p{i}/index.html", new byte[100])).ToList();
        Assert.ThrowsAny<OperationCanceledException>(() => AtomicSiteWriter.Write(Output, files, cancel.Token));
        Assert.Equal(before, Snapshot(Output));
        Assert.Equal(parentBefore, Entries(_site.Parent));
    }

    [Fact]
    public void A_build_never_writes_into_the_source_folder()
    {
        WriteGoodSite();
        var sourceBefore = Snapshot(_site.Root);
        Assert.True(_site.Build(Output).Succeeded);
        Assert.Equal(sourceBefore, Snapshot(_site.Root));
    }

    public static TheoryData<string, string> UnsafeOutputs => new()
    {
        { "site", "is the site folder itself" },
        { ".", "contains the site folder" },
        { "other-site", "holds site.yml: it looks like a site" },
        { "has-content", "holds content: it looks like a site" },
    };

    [Theory]
    [MemberData(nameof(UnsafeOutputs))]
    public void An_output_folder_whose_replacement_would_destroy_sources_is_refused(string outputName, string reason)
    {
        WriteGoodSite();
        var other = Path.Combine(_site.Parent, "other-site");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "site.yml"), "title: x\n");
        Directory.CreateDirectory(Path.Combine(_site.Parent, "has-content", "content"));
        var output = Path.GetFullPath(Path.Combine(_site.Parent, outputName));
        var before = Snapshot(_site.Parent);

        var result = SiteBuilder.Build(new BuildOptions(_site.Root, output));

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.OutputUnsafe, d.Code);
        Assert.Contains(reason, d.Message);
        Assert.Equal(before, Snapshot(_site.Parent));
    }

    [Fact]
    public void An_output_folder_given_with_a_trailing_slash_or_dots_is_still_recognised()
    {
        WriteGoodSite();
        var d = Assert.Single(SiteBuilder.Build(new BuildOptions(_site.Root, Path.Combine(_site.Root, "content", "..") + "/")).Diagnostics);
        Assert.Equal(DiagnosticCodes.OutputUnsafe, d.Code);
    }
}
