using System.IO.Compression;

namespace StaticPlans.Output;

/// <summary>
/// <c>build --compress</c>: a <c>.gz</c> and a <c>.br</c> beside each text file, for servers that send a precompressed
/// file when the browser accepts it (nginx gzip_static/brotli_static, Apache MultiViews or rewrite rules, IIS).
/// Both are byte-identical between builds: the gzip header is written here (no time stamp, no name, OS "unknown"),
/// and both use fixed levels. The search's .bin files are left alone: they are already DEFLATE and read with Range.
/// </summary>
public static class Precompression
{
    /// <summary>The text files worth compressing; everything else (images, PDFs, the search packs) already is, or is binary.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".html", ".css", ".js", ".json", ".xml", ".csv", ".svg", ".txt" };

    /// <summary>Files smaller than this gain nothing worth a second request's worth of disk.</summary>
    public const int MinimumBytes = 256;

    // Brotli quality 11 is several times slower than 9 for a percent or two; zlib's 9 is its "best".
    private const int BrotliQuality = 9;
    private const int BrotliWindow = 22;

    public static bool Applies(string path, long length) =>
        length >= MinimumBytes && Extensions.Contains(Path.GetExtension(path)) && !path.EndsWith(".gz", StringComparison.Ordinal);

    /// <summary>Writes FILE.gz and FILE.br beside every text file under <paramref name="folder"/>.</summary>
    public static int CompressFolder(string folder, CancellationToken cancel = default)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Applies(f, new FileInfo(f).Length)).ToList();
        Parallel.ForEach(files, new ParallelOptions { CancellationToken = cancel }, file =>
        {
            var bytes = File.ReadAllBytes(file);
            File.WriteAllBytes(file + ".gz", Gzip(bytes));
            File.WriteAllBytes(file + ".br", Brotli(bytes));
        });
        return files.Count * 2;
    }

    public static byte[] Gzip(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream();
        // RFC 1952 header: magic, CM=deflate, FLG=0, MTIME=0, XFL=2 (max compression), OS=255 (unknown): the same bytes on any platform.
        output.Write([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255]);
        using (var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            deflate.Write(data);
        Span<byte> trailer = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(trailer, Crc32(data));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(trailer[4..], (uint)data.Length);
        output.Write(trailer);
        return output.ToArray();
    }

    public static byte[] Brotli(ReadOnlySpan<byte> data)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(data.Length)];
        if (!BrotliEncoder.TryCompress(data, buffer, out var written, BrotliQuality, BrotliWindow))
            throw new IOException("brotli compression failed");
        return buffer[..written];
    }

    private static readonly uint[] CrcTable = MakeCrcTable();

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }

    /// <summary>The CRC-32 gzip's trailer carries (System.IO.Hashing is a package of its own, for 10 lines).</summary>
    internal static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data) crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc ^ 0xFFFFFFFFu;
    }
}
