using System.IO.Compression;

namespace StaticPlans.Search;

/// <summary>
/// Constants and small codecs shared by the index writer and reader; docs/search-format.md describes the
/// format and the search modules (themes/default/assets/search/) implement the same rules in the browser.
/// </summary>
public static class SearchFormat
{
    public const int Version = 3;
    public const string Directory = "search";
    public const string ManifestPath = "search/manifest.json";
    public const string FoldPath = "search/fold.bin";
    public const string PlansPath = "search/plans.bin";
    public const string TextDictionaryPath = "search/textdict.bin";

    public const double K1 = 1.2;
    public const double B = 0.75;

    /// <summary>Occurrences in a heading or plan title count this many times one in body text.</summary>
    public const int HeadingWeight = 3;

    /// <summary>BM25 term weights (0 .. K1+1) are stored in 3 bits: levels 1..7.</summary>
    public const int ImpactLevels = 7;

    /// <summary>The first position of a term in its unit is kept modulo this, to test phrase adjacency.</summary>
    public const int PositionModulo = 8;

    /// <summary>Terms in more units than this also get a "top" list of their best postings.</summary>
    public const int TierThreshold = 3000;

    public const int TopSize = 1000;

    /// <summary>Posting segments this long or longer are stored deflated when that saves an eighth.</summary>
    public const int DeflateFrom = 64;

    /// <summary>
    /// Posting and text packs are cut once they reach this size; a list or plan block is never split. Small packs keep
    /// a query cheap on a host that ignores HTTP Range and sends whole files (the client then keeps each file it got).
    /// </summary>
    public const int PackBytes = 4 * 1024;

    public const int MaxTermsPerShard = 256;
    public const int MaxShards = 1024;

    public static string ShardPath(int shard) => $"search/dict/{shard:x3}.bin";

    public static string PostingPackPath(int pack) => $"search/post/{pack}.bin";

    public static string TextPackPath(int pack) => $"search/text/{pack}.bin";

    /// <summary>FNV-1a (32 bit) over the UTF-16 code units of the term; search/index.js computes the same.</summary>
    public static uint Hash(string term)
    {
        var hash = 2166136261;
        foreach (var c in term)
        {
            hash ^= c;
            hash *= 16777619;
        }

        return hash;
    }

    public static int Quantize(double weight)
    {
        var level = (int)Math.Round(weight / (K1 + 1) * ImpactLevels);
        return Math.Clamp(level, 1, ImpactLevels);
    }

    public static double Dequantize(int level) => level * (K1 + 1) / ImpactLevels;

    public static double Idf(int df, int units) => Math.Log(1 + ((units - df + 0.5) / (df + 0.5)));

    public static void WriteVarint(Stream stream, ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }

    public static void WriteVarint(ref ByteBuffer buffer, ulong value)
    {
        while (value >= 0x80)
        {
            buffer.Add((byte)(value | 0x80));
            value >>= 7;
        }

        buffer.Add((byte)value);
    }

    public static ulong ReadVarint(ReadOnlySpan<byte> data, ref int offset)
    {
        ulong value = 0;
        var shift = 0;
        while (true)
        {
            var b = data[offset++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }

            shift += 7;
        }
    }

    public static byte[] Deflate(ReadOnlySpan<byte> data, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var output = new MemoryStream(data.Length / 2 + 64);
        using (var deflate = new DeflateStream(output, level, leaveOpen: true))
        {
            deflate.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] Inflate(ReadOnlySpan<byte> data)
    {
        using var input = new MemoryStream(data.ToArray());
        using var deflate = new DeflateStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        deflate.CopyTo(output);
        return output.ToArray();
    }
}

/// <summary>A growable byte array without per-list object overhead beyond one array.</summary>
public struct ByteBuffer
{
    private byte[]? _data;

    public int Length { get; private set; }

    public void Add(byte value)
    {
        if (_data is null || Length == _data.Length)
        {
            Array.Resize(ref _data, _data is null ? 8 : _data.Length * 2);
        }

        _data[Length++] = value;
    }

    public readonly ReadOnlySpan<byte> Span => _data is null ? [] : _data.AsSpan(0, Length);
}
