using System.IO.Compression;
using StaticPlans.Building;
using StaticPlans.Output;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Output;

public class PrecompressionTests
{
    private static TestSite Site() => new TestSite()
        .Plan(2024, "a", "title: 测试县教育局2024年工作计划\nyear: 2024\nkind: plan\ndate: 2024-03-01",
            "## 一、学前教育\n\n新建幼儿园3所，投入资金1200万元。\n\n## 二、校园安全\n\n做好防溺水工作。\n");

    private static string Build(TestSite site, string name, bool compress)
    {
        var output = Path.Combine(site.Root, name);
        var result = SiteBuilder.Build(new BuildOptions(site.Root, output) { Compress = compress });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return output;
    }

    private static List<string> Files(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Compress_puts_a_gz_and_a_br_that_decompress_to_the_original_beside_every_text_file()
    {
        using var site = Site();
        var output = Build(site, "out", compress: true);
        var files = Files(output);
        var texts = files.Where(f => Precompression.Extensions.Contains(Path.GetExtension(f)) && new FileInfo(Path.Combine(output, f)).Length >= Precompression.MinimumBytes).ToList();
        foreach (var expected in new[] { "index.html", "plans/2024/a/index.html", "assets/site.css", "assets/search.js", "feed.xml", "sitemap.xml", "data/plans-2024.json", "search/manifest.json" })
            Assert.Contains(expected, texts);
        foreach (var file in texts)
        {
            var original = File.ReadAllBytes(Path.Combine(output, file));
            using (var gz = new GZipStream(File.OpenRead(Path.Combine(output, file + ".gz")), CompressionMode.Decompress))
                Assert.Equal(original, ReadAll(gz));
            using (var br = new BrotliStream(File.OpenRead(Path.Combine(output, file + ".br")), CompressionMode.Decompress))
                Assert.Equal(original, ReadAll(br));
        }
        // The search packs are DEFLATE already and read with Range requests: a compressed copy would only confuse servers.
        Assert.DoesNotContain(files, f => f.EndsWith(".bin.gz", StringComparison.Ordinal) || f.EndsWith(".bin.br", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.EndsWith(".gz.gz", StringComparison.Ordinal) || f.EndsWith(".br.gz", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_compressed_builds_are_byte_identical_and_the_gzip_header_carries_no_time()
    {
        using var site = Site();
        var first = Build(site, "one", compress: true);
        Thread.Sleep(1100); // a clock-stamped gzip header would differ by now
        var second = Build(site, "two", compress: true);
        Assert.Equal(Files(first), Files(second));
        foreach (var file in Files(first))
            Assert.True(File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), file);
        var header = File.ReadAllBytes(Path.Combine(first, "index.html.gz"))[..10];
        Assert.Equal(new byte[] { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255 }, header);
    }

    [Fact]
    public void Without_compress_no_compressed_copies_are_written()
    {
        using var site = Site();
        var output = Build(site, "plain", compress: false);
        Assert.DoesNotContain(Files(output), f => f.EndsWith(".gz", StringComparison.Ordinal) || f.EndsWith(".br", StringComparison.Ordinal));
    }

    [Fact]
    public void The_build_command_takes_compress_and_a_second_build_with_it_is_not_skipped_as_up_to_date()
    {
        using var site = Site();
        Assert.Equal(0, Cli.BuildCommandTests.Run("build", "--source", site.Root).Exit);
        Assert.False(File.Exists(Path.Combine(site.Output, "index.html.gz")));
        var (exit, stdout, _) = Cli.BuildCommandTests.Run("build", "--source", site.Root, "--compress");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("Up to date", stdout);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html.gz")));
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html.br")));
    }

    [Fact]
    public void The_crc_is_the_standard_crc32()
    {
        Assert.Equal(0xCBF43926u, Precompression.Crc32("123456789"u8));
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
