namespace StaticPlans.Search;

/// <summary>A decoded posting: the unit, its quantized BM25 weight (1..7) and the term's first position modulo 8.</summary>
public readonly record struct Posting(int Unit, int Level, int Position)
{
    public static List<Posting> Decode(ReadOnlySpan<byte> data)
    {
        var postings = new List<Posting>();
        var offset = 0;
        var unit = -1;
        while (offset < data.Length)
        {
            var code = SearchFormat.ReadVarint(data, ref offset);
            unit += (int)(code >> 6) + 1;
            postings.Add(new Posting(unit, (int)((code >> 3) & 7), (int)(code & 7)));
        }

        return postings;
    }

    public static ulong PackCode(int gap, int level, int position) =>
        ((ulong)(uint)gap << 6) | ((uint)level << 3) | (uint)position;

    public static void Encode(IEnumerable<Posting> postings, MemoryStream output)
    {
        var previous = -1;
        foreach (var p in postings)
        {
            var code = PackCode(p.Unit - previous - 1, p.Level, p.Position);
            SearchFormat.WriteVarint(output, code);
            previous = p.Unit;
        }
    }
}
