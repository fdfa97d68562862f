using System.Buffers;
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
        Deflate(data, output, level);
        return output.ToArray();
    }

    /// <summary>Appends the deflate stream of <paramref name="data"/> to <paramref name="output"/> (a buffer the caller reuses).</summary>
    public static void Deflate(ReadOnlySpan<byte> data, MemoryStream output, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var deflate = new DeflateStream(output, level, leaveOpen: true);
        deflate.Write(data);
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
            Grow(Length + 1);
        }

        _data![Length++] = value;
    }

    public void AddRange(ReadOnlySpan<byte> values)
    {
        if (_data is null || Length + values.Length > _data.Length)
        {
            Grow(Length + values.Length);
        }

        values.CopyTo(_data.AsSpan(Length));
        Length += values.Length;
    }

    /// <summary>
    /// Doubles through the shared pool, handing the outgrown array back: the index grows a list per term, and the
    /// arrays one list outgrows serve the next lists that reach that size instead of being garbage.
    /// </summary>
    private void Grow(int needed)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _data is null ? 16 : _data.Length * 2));
        if (_data is not null)
        {
            _data.AsSpan(0, Length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_data);
        }

        _data = larger;
    }

    /// <summary>Empties the buffer and keeps its array, for a buffer reused across lists.</summary>
    public void Clear() => Length = 0;

    public readonly ReadOnlySpan<byte> Span => _data is null ? [] : _data.AsSpan(0, Length);

    public readonly ReadOnlyMemory<byte> Memory => _data is null ? default : _data.AsMemory(0, Length);
}
