using System.Runtime.InteropServices;

namespace StaticPlans.Search;

/// <summary>
/// Collects the postings of every term while units are fed in id order, encoding them straight into
/// per-term byte lists (no per-posting objects): one varint per posting holding the gap to the previous
/// unit, the quantized BM25 weight and the term's first position modulo 8 (see docs/search-format.md).
/// Single Han characters are posted per plan, not per section: they only serve one-character queries,
/// whose sections the client finds in the plan's text, and per-section lists of them would be a third of
/// the index.
/// </summary>
internal sealed class PostingAccumulator : SearchTokenizer.ISink
{
    private readonly int[] hanTerm = new int[char.MaxValue + 1];
    private readonly Dictionary<uint, int> pairTerm = new();
    private readonly Dictionary<string, int> wordTerm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> wordLookup;
    private readonly double averageLength;

    private ByteBuffer[] lists = new ByteBuffer[1024];
    private int[] lastUnit = new int[1024];
    private int[] documentFrequency = new int[1024];
    private int[] unitFrequency = new int[1024];
    private int[] unitFirstPosition = new int[1024];
    private readonly List<int> touched = [];
    private readonly List<int> planTouched = [];
    private int[] planFrequency = new int[1024];
    private double averagePlanLength = 1;
    private int termCount;
    private int weight;
    private int positionBase;

    public PostingAccumulator(double averageLength, double averagePlanLength)
    {
        this.averageLength = averageLength;
        this.averagePlanLength = averagePlanLength;
        wordLookup = wordTerm.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int TermCount => termCount;

    public void AddUnit(int unit, string foldedHeading, string foldedText)
    {
        weight = SearchFormat.HeadingWeight;
        positionBase = 0;
        SearchTokenizer.Tokenize(foldedHeading, this);
        weight = 1;
        positionBase = foldedHeading.Length + 1;
        SearchTokenizer.Tokenize(foldedText, this);

        Flush(unit, foldedHeading.Length + 1 + foldedText.Length, averageLength, touched, unitFrequency);
    }

    /// <summary>Ends a plan: posts its single characters, with the plan's number as the posting's unit.</summary>
    public void EndPlan(int plan, int length) => Flush(plan, length, averagePlanLength, planTouched, planFrequency);

    public void Han(char c, int position)
    {
        int term = hanTerm[c] - 1;
        if (term < 0)
        {
            term = NewTerm();
            hanTerm[c] = term + 1;
        }

        if (planFrequency[term] == 0)
        {
            planTouched.Add(term);
            unitFirstPosition[term] = 0;
        }

        planFrequency[term] += weight;
    }

    public void HanPair(char first, char second, int position)
    {
        uint key = ((uint)first << 16) | second;
        ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(pairTerm, key, out bool exists);
        if (!exists)
        {
            slot = NewTerm();
        }

        Count(slot, position);
    }

    public void Word(ReadOnlySpan<char> word, int position)
    {
        if (!wordLookup.TryGetValue(word, out int term))
        {
            term = NewTerm();
            wordLookup[word] = term;
        }

        Count(term, position);
    }

    /// <summary>Every term with its document frequency, encoded postings and last id, in no particular order.</summary>
    public IEnumerable<TermPostings> Terms()
    {
        for (int c = 0; c < hanTerm.Length; c++)
        {
            if (hanTerm[c] > 0)
            {
                yield return Entry(((char)c).ToString(), hanTerm[c] - 1);
            }
        }

        foreach (var (key, term) in pairTerm)
        {
            yield return Entry(string.Concat((char)(key >> 16), (char)(key & 0xFFFF)), term);
        }

        foreach (var (word, term) in wordTerm)
        {
            yield return Entry(word, term);
        }
    }

    public bool HasHan(char c) => hanTerm[c] > 0;

    private TermPostings Entry(string text, int term) =>
        new(text, documentFrequency[term], lists[term].Span.ToArray(), lastUnit[term]);

    private void Flush(int id, double length, double average, List<int> terms, int[] frequency)
    {
        double norm = SearchFormat.K1 * (1 - SearchFormat.B + (SearchFormat.B * length / average));
        foreach (int term in terms)
        {
            double tf = frequency[term];
            int level = SearchFormat.Quantize(tf * (SearchFormat.K1 + 1) / (tf + norm));
            ulong code = Posting.PackCode(id - lastUnit[term] - 1, level, unitFirstPosition[term] % SearchFormat.PositionModulo);
            SearchFormat.WriteVarint(ref lists[term], code);
            lastUnit[term] = id;
            documentFrequency[term]++;
            frequency[term] = 0;
        }

        terms.Clear();
    }

    private void Count(int term, int position)
    {
        if (unitFrequency[term] == 0)
        {
            touched.Add(term);
            unitFirstPosition[term] = positionBase + position;
        }

        unitFrequency[term] += weight;
    }

    private int NewTerm()
    {
        if (termCount == lists.Length)
        {
            int size = lists.Length * 2;
            Array.Resize(ref lists, size);
            Array.Resize(ref lastUnit, size);
            Array.Resize(ref documentFrequency, size);
            Array.Resize(ref unitFrequency, size);
            Array.Resize(ref planFrequency, size);
            Array.Resize(ref unitFirstPosition, size);
        }

        lastUnit[termCount] = -1;
        return termCount++;
    }
}

/// <summary>A term's postings as collected: <see cref="LastId"/> is the id of its last posting.</summary>
internal sealed record TermPostings(string Term, int DocumentFrequency, byte[] Postings, int LastId)
{
    /// <summary>Appends the postings collected for later ids: only the first gap changes.</summary>
    public TermPostings Append(TermPostings later)
    {
        int offset = 0;
        ulong first = SearchFormat.ReadVarint(later.Postings, ref offset);
        int firstId = (int)(first >> 6);
        var merged = new MemoryStream(Postings.Length + later.Postings.Length + 4);
        merged.Write(Postings);
        SearchFormat.WriteVarint(merged, ((ulong)(uint)(firstId - LastId - 1) << 6) | (first & 63));
        merged.Write(later.Postings.AsSpan(offset));
        return new TermPostings(Term, DocumentFrequency + later.DocumentFrequency, merged.ToArray(), later.LastId);
    }
}
