using System.IO.Compression;

namespace StaticPlans.Search;

/// <summary>
/// A shared deflate dictionary for the plan text blocks. Plans of one site repeat the same bureau phrases, and a
/// block deflated alone cannot refer to another plan's; a block deflated after a few sample plans can (it is about
/// half the size). The browser's DecompressionStream takes no preset dictionary, so the dictionary travels as the
/// deflate stream of the samples, cut at a sync flush (byte-aligned, not final): <see cref="Prefix"/>. A block is the
/// rest of the stream that continues with one plan's JSON; the client inflates prefix + block and drops the first
/// <see cref="Length"/> bytes.
/// </summary>
internal sealed class TextDictionary
{
    /// <summary>Deflate refers back at most 32 KiB: a longer dictionary would be out of reach.</summary>
    private const int MaxLength = 32 * 1024;

    /// <summary>Sample plans are taken at this many evenly spaced places, so the sample spans years and kinds.</summary>
    private const int SamplePlaces = 16;

    private readonly byte[] _dictionary;

    private TextDictionary(byte[] dictionary)
    {
        _dictionary = dictionary;
        Prefix = FlushedPrefix(dictionary);
    }

    /// <summary>The deflate stream of the dictionary, up to and including its sync flush.</summary>
    public byte[] Prefix { get; }

    /// <summary>The dictionary's length in bytes: what the client drops from the inflated prefix + block.</summary>
    public int Length => _dictionary.Length;

    /// <summary>
    /// The dictionary: whole plan blocks from evenly spaced plans, then cut to <see cref="MaxLength"/>. Only the
    /// sampled plans' blocks are asked of <paramref name="plan"/>.
    /// </summary>
    public static TextDictionary From(int count, Func<int, byte[]> plan)
    {
        var sample = new MemoryStream();
        for (var place = 0; place < SamplePlaces && sample.Length < MaxLength; place++)
        {
            var index = (int)((long)place * count / SamplePlaces);
            if (index < count && (place == 0 || index != (int)((long)(place - 1) * count / SamplePlaces)))
            {
                sample.Write(plan(index));
            }
        }

        var bytes = sample.ToArray();
        return new TextDictionary(bytes.Length > MaxLength ? bytes[..MaxLength] : bytes);
    }

    /// <summary>A plan's block: the deflate stream of dictionary + <paramref name="json"/>, without <see cref="Prefix"/>.</summary>
    public byte[] Compress(ReadOnlySpan<byte> json)
    {
        // One stream per thread, reused for every plan: a fresh one per plan was most of what the texts allocated.
        var output = _output ??= new MemoryStream();
        output.SetLength(0);
        Deflate(_dictionary, json, output);
        var stream = output.GetBuffer().AsSpan(0, (int)output.Length);
        // The prefix is what deflate wrote before it saw the plan's bytes, so it is the same for every plan.
        if (!stream[..Prefix.Length].SequenceEqual(Prefix))
        {
            throw new InvalidOperationException("deflate wrote a different dictionary prefix");
        }

        return stream[Prefix.Length..].ToArray();
    }

    [ThreadStatic] private static MemoryStream? _output;

    /// <summary>Deflates the dictionary, sync-flushes (an empty stored block ends it on a byte boundary), then the rest.</summary>
    private static void Deflate(ReadOnlySpan<byte> first, ReadOnlySpan<byte> rest, MemoryStream output)
    {
        using var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        deflate.Write(first);
        deflate.Flush();
        deflate.Write(rest);
    }

    /// <summary>What <see cref="Deflate"/> writes up to its sync flush: taken before the stream is closed.</summary>
    private static byte[] FlushedPrefix(ReadOnlySpan<byte> first)
    {
        using var output = new MemoryStream();
        using var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        deflate.Write(first);
        deflate.Flush();
        return output.ToArray();
    }
}
