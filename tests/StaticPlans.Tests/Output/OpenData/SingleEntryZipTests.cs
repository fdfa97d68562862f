using System.IO.Compression;
using System.Text;
using StaticPlans.Output.OpenData;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Output.OpenData;

/// <summary>A year's figures as a ZIP: what an unzip tool finds in it, dated and sized as the site says.</summary>
public sealed class SingleEntryZipTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private static byte[] Zip(string name, DateOnly date, byte[] content)
    {
        using var output = new MemoryStream();
        SingleEntryZip.Write(output, name, date, content);
        return output.ToArray();
    }

    [Fact]
    public void The_archive_holds_the_file_whole_under_its_name_and_date_and_is_the_same_bytes_each_time()
    {
        // A CSV-like text long enough to deflate across blocks, with Chinese and the byte-order mark.
        var text = "\uFEFF" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"https://x.example/plans/2024/p{i % 97}/,s{i % 7},money,{i},,万元,投入资金,{i * 10000},元,2024,total\r\n"));
        var content = Encoding.UTF8.GetBytes(text);

        var zip = Zip("figures-2024.csv", new DateOnly(2024, 3, 9), content);

        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var entry = Assert.Single(archive.Entries);
        Assert.Equal("figures-2024.csv", entry.FullName);
        Assert.Equal(new DateTime(2024, 3, 9), entry.LastWriteTime.DateTime);
        using var read = new MemoryStream();
        using (var stream = entry.Open()) stream.CopyTo(read);
        Assert.Equal(content, read.ToArray());
        Assert.True(zip.Length < content.Length / 5, $"{zip.Length} bytes for {content.Length}");
        Assert.Equal(zip, Zip("figures-2024.csv", new DateOnly(2024, 3, 9), content));
    }

    [Fact]
    public void An_empty_file_makes_a_valid_archive_of_an_empty_file()
    {
        using var archive = new ZipArchive(new MemoryStream(Zip("figures-2024.csv", new DateOnly(2024, 1, 1), [])), ZipArchiveMode.Read);

        Assert.Equal(0, Assert.Single(archive.Entries).Length);
    }

    [Fact]
    public void A_years_figures_archive_is_dated_by_its_latest_plan_and_far_smaller_than_its_csv()
    {
        _site.Write("site.yml", TestSite.DefaultSiteYml + "\nopen_data: { single_file: true }\n");
        _site.WritePlan("a", "## 一、学前教育\n\n" + string.Concat(Enumerable.Range(1, 40).Select(i => $"新建幼儿园{i}所，计划投入{i * 10}万元。\n\n")), date: "2024-02-01");
        _site.WritePlan("b", "## 一、校园安全\n\n培训教师120人。\n", date: "2024-06-30");

        var result = _site.Generate();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var zip = result.Files.Single(f => f.Path == "data/figures-2024.zip").Bytes;
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        Assert.Equal(new DateTime(2024, 6, 30), Assert.Single(archive.Entries).LastWriteTime.DateTime);
        // The site has one year: the CSV of every year is the same table, not zipped.
        Assert.Equal(result.Files.Single(f => f.Path == "data/figures.csv").Bytes, FiguresZip.Csv(zip, 2024));
        Assert.True(zip.Length * 3 < FiguresZip.Csv(zip, 2024).Length, $"{zip.Length} bytes zipped");
    }

    [Fact]
    public void A_name_that_is_not_printable_ascii_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Zip("数据.csv", new DateOnly(2024, 1, 1), [1]));
    }
}
