using System.IO.Compression;
using System.Text;

namespace StaticPlans.Tests.Support;

/// <summary>
/// Opens a year's /data/figures-YYYY.zip or /data/sections-YYYY.zip with the base library's ZIP reader (a reader the
/// tool's writer does not share, as a citizen's unzip would): the one file in it, which must be that year's CSV.
/// </summary>
public static class FiguresZip
{
    /// <param name="table">figures or sections: the archive holds &lt;table&gt;-&lt;year&gt;.csv.</param>
    public static byte[] Csv(byte[] zip, int year, string table = "figures")
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var entry = Assert.Single(archive.Entries);
        Assert.Equal($"{table}-{year}.csv", entry.FullName);
        using var stream = entry.Open();
        using var csv = new MemoryStream();
        stream.CopyTo(csv);
        Assert.Equal(entry.Length, csv.Length);
        return csv.ToArray();
    }

    /// <summary>
    /// Whether <paramref name="sitePath"/> is a year's figures or sections archive (data/figures-2024.zip,
    /// data/sections-2024.zip), which table it holds and its year.
    /// </summary>
    public static bool IsYearArchive(string sitePath, out string table, out int year)
    {
        year = 0;
        table = sitePath.StartsWith("data/figures-", StringComparison.Ordinal) ? "figures"
            : sitePath.StartsWith("data/sections-", StringComparison.Ordinal) ? "sections" : "";
        return table.Length > 0 && sitePath.EndsWith(".zip", StringComparison.Ordinal)
            && int.TryParse(sitePath[$"data/{table}-".Length..^".zip".Length], out year);
    }

    /// <summary>The CSV as text, its byte-order mark dropped.</summary>
    public static string Text(byte[] zip, int year, string table = "figures") =>
        Encoding.UTF8.GetString(Csv(zip, year, table)).TrimStart('\uFEFF');

    public static string Text(TestSite site, int year, string table = "figures") =>
        Text(File.ReadAllBytes(Path.Combine(site.Output, "data", $"{table}-{year}.zip")), year, table);
}
