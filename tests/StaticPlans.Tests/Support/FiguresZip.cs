using System.IO.Compression;
using System.Text;

namespace StaticPlans.Tests.Support;

/// <summary>
/// Opens a year's /data/figures-YYYY.zip with the base library's ZIP reader (a reader the tool's writer does not
/// share, as a citizen's unzip would): the one file in it, which must be that year's CSV.
/// </summary>
public static class FiguresZip
{
    public static byte[] Csv(byte[] zip, int year)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var entry = Assert.Single(archive.Entries);
        Assert.Equal($"figures-{year}.csv", entry.FullName);
        using var stream = entry.Open();
        using var csv = new MemoryStream();
        stream.CopyTo(csv);
        Assert.Equal(entry.Length, csv.Length);
        return csv.ToArray();
    }

    /// <summary>Whether <paramref name="sitePath"/> is a year's figures archive (data/figures-2024.zip), and its year.</summary>
    public static bool IsYearArchive(string sitePath, out int year)
    {
        year = 0;
        return sitePath.StartsWith("data/figures-", StringComparison.Ordinal) && sitePath.EndsWith(".zip", StringComparison.Ordinal)
            && int.TryParse(sitePath["data/figures-".Length..^".zip".Length], out year);
    }

    /// <summary>The CSV as text, its byte-order mark dropped.</summary>
    public static string Text(byte[] zip, int year) => Encoding.UTF8.GetString(Csv(zip, year)).TrimStart('\uFEFF');

    public static string Text(TestSite site, int year) =>
        Text(File.ReadAllBytes(Path.Combine(site.Output, "data", $"figures-{year}.zip")), year);
}
