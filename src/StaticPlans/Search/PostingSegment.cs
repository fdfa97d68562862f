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

    // The candidate layouts are built in buffers kept per thread: a 10,000-plan index writes a few hundred thousand
    // segments, and fresh arrays for each candidate were most of what the index stage allocated.
    [ThreadStatic] private static Scratch? _scratch;

    /// <summary>Writes the segment of <paramref name="postings"/> (usual varints); returns its dictionary field, length × 4 + mode.</summary>
    public static ulong Write(ReadOnlySpan<byte> postings, MemoryStream output)
    {
        var scratch = _scratch ??= new Scratch();
        var mode = 0;
        var best = postings.Length;
        var deflated = Deflate(postings, scratch.DeflatedPlain);
        Consider(deflated.Length, Deflated, ref best, ref mode);
        ReadOnlySpan<byte> body = [], positions = [], deflatedBody = [];
        if (postings.Length >= SearchFormat.DeflateFrom)
        {
            body = SplitLayout(postings, scratch, out positions);
            Consider(body.Length + positions.Length, Split, ref best, ref mode);
            deflatedBody = Deflate(body, scratch.DeflatedBody);
            Consider(deflatedBody.Length, Split | Deflated, ref best, ref mode, extra: positions.Length);
        }

        switch (mode)
        {
            case 0:
                output.Write(postings);
                break;
            case Deflated:
                output.Write(deflated);
                break;
            case Split:
                output.Write(body);
                output.Write(positions);
                break;
            default:
                output.Write(deflatedBody);
                output.Write(positions);
                break;
        }

        return ((ulong)best << 2) | (uint)mode;
    }

    /// <summary>Bytes of the packed positions of a split segment of <paramref name="count"/> postings.</summary>
    public static int PositionBytes(int count) => ((count * 3) + 7) / 8;

    /// <summary>A candidate of <paramref name="length"/> (+ <paramref name="extra"/>) bytes wins if strictly shorter; empty means no candidate.</summary>
    private static void Consider(int length, int candidateMode, ref int best, ref int mode, int extra = 0)
    {
        if (length > 0 && length + extra < best)
        {
            best = length + extra;
            mode = candidateMode;
        }
    }

    /// <summary>Deflated bytes when the input is long enough and deflate saves an eighth; otherwise empty.</summary>
    private static ReadOnlySpan<byte> Deflate(ReadOnlySpan<byte> bytes, MemoryStream into)
    {
        if (bytes.Length < SearchFormat.DeflateFrom)
        {
            return [];
        }

        into.SetLength(0);
        SearchFormat.Deflate(bytes, into);
        var deflated = into.GetBuffer().AsSpan(0, (int)into.Length);
        return deflated.Length < bytes.Length - (bytes.Length / 8) ? deflated : [];
    }

    /// <summary>
    /// The split layout read straight off the varints: a posting's code is gap·64 + level·8 + position, so its body
    /// varint (gap·8 + level) is the code shifted right by 3.
    /// </summary>
    private static ReadOnlySpan<byte> SplitLayout(ReadOnlySpan<byte> postings, Scratch scratch, out ReadOnlySpan<byte> packedPositions)
    {
        scratch.Body.Clear();
        // At most one posting per byte: clearing that many position bytes covers any count.
        var positions = scratch.Positions(PositionBytes(postings.Length));
        var offset = 0;
        var count = 0;
        while (offset < postings.Length)
        {
            var code = SearchFormat.ReadVarint(postings, ref offset);
            SearchFormat.WriteVarint(ref scratch.Body, code >> 3);
            var position = (int)(code & 7);
            // Position i takes bits 3i .. 3i+2 of the array, least significant bit first.
            var bit = count++ * 3;
            positions[bit >> 3] |= (byte)(position << (bit & 7));
            if ((bit & 7) > 5)
            {
                positions[(bit >> 3) + 1] |= (byte)(position >> (8 - (bit & 7)));
            }
        }

        packedPositions = positions[..PositionBytes(count)];
        return scratch.Body.Span;
    }

    private sealed class Scratch
    {
        public ByteBuffer Body;
        public readonly MemoryStream DeflatedPlain = new();
        public readonly MemoryStream DeflatedBody = new();
        private byte[] _positions = [];

        /// <summary>A zeroed span of <paramref name="length"/> bytes.</summary>
        public Span<byte> Positions(int length)
        {
            if (_positions.Length < length)
            {
                _positions = new byte[Math.Max(length, _positions.Length * 2)];
            }

            var span = _positions.AsSpan(0, length);
            span.Clear();
            return span;
        }
    }
}
