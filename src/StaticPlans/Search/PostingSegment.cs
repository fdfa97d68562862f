namespace StaticPlans.Search;

/// <summary>
/// Writes one posting segment in the smallest of its layouts (docs/search-format.md, "Postings"). The usual layout
/// is one varint per posting (gap, level, position); the split layout moves the positions, which are nearly random
/// and which deflate cannot shrink, into a packed 3-bit array after varints of (gap, level) alone, which deflate
/// shrinks better. Either is deflated when that saves an eighth (inflating costs the client time).
/// </summary>
internal static class PostingSegment
{
    /// <summary>Bit 0 of a segment's mode: the body is deflated.</summary>
    public const int Deflated = 1;

    /// <summary>Bit 1 of a segment's mode: split layout (varints of gap·8 + level, then the packed positions).</summary>
    public const int Split = 2;

    /// <summary>Writes the segment of <paramref name="postings"/> (usual varints); returns its dictionary field, length × 4 + mode.</summary>
    public static ulong Write(ReadOnlySpan<byte> postings, MemoryStream output)
    {
        var best = postings.ToArray();
        var mode = 0;
        Consider(Deflate(postings), Deflated, ref best, ref mode);
        if (postings.Length >= SearchFormat.DeflateFrom)
        {
            var (body, positions) = SplitLayout(postings);
            byte[] split = [.. body, .. positions];
            Consider(split, Split, ref best, ref mode);
            if (Deflate(body) is { } deflated)
            {
                Consider([.. deflated, .. positions], Split | Deflated, ref best, ref mode);
            }
        }

        output.Write(best);
        return ((ulong)best.Length << 2) | (uint)mode;
    }

    /// <summary>Bytes of the packed positions of a split segment of <paramref name="count"/> postings.</summary>
    public static int PositionBytes(int count) => ((count * 3) + 7) / 8;

    private static void Consider(byte[]? candidate, int candidateMode, ref byte[] best, ref int mode)
    {
        if (candidate is not null && candidate.Length < best.Length)
        {
            best = candidate;
            mode = candidateMode;
        }
    }

    /// <summary>Deflated bytes when the input is long enough and deflate saves an eighth; otherwise null.</summary>
    private static byte[]? Deflate(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < SearchFormat.DeflateFrom)
        {
            return null;
        }

        var deflated = SearchFormat.Deflate(bytes);
        return deflated.Length < bytes.Length - (bytes.Length / 8) ? deflated : null;
    }

    private static (byte[] Body, byte[] Positions) SplitLayout(ReadOnlySpan<byte> postings)
    {
        var decoded = Posting.Decode(postings);
        var body = new MemoryStream(postings.Length);
        var positions = new byte[PositionBytes(decoded.Count)];
        var previous = -1;
        for (var i = 0; i < decoded.Count; i++)
        {
            var p = decoded[i];
            SearchFormat.WriteVarint(body, ((ulong)(uint)(p.Unit - previous - 1) << 3) | (uint)p.Level);
            previous = p.Unit;
            // Position i takes bits 3i .. 3i+2 of the array, least significant bit first.
            var bit = i * 3;
            positions[bit >> 3] |= (byte)(p.Position << (bit & 7));
            if ((bit & 7) > 5)
            {
                positions[(bit >> 3) + 1] |= (byte)(p.Position >> (8 - (bit & 7)));
            }
        }

        return (body.ToArray(), positions);
    }
}
