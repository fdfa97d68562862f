using System.Runtime.InteropServices;

namespace StaticPlans.Search;

/// <summary>
/// Collects the postings of every term while units are fed in id order, encoding them straight into
/// per-term byte lists (no per-posting objects): one varint per posting holding the gap to the previous
/// unit, the quantized BM25 weight and the term's first position modulo 8 (see docs/search-format.md).
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
    private int termCount;
    private int weight;
    private int positionBase;

    public PostingAccumulator(double averageLength)
    {
        this.averageLength = averageLength;
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

        double length = foldedHeading.Length + 1 + foldedText.Length;
        double norm = SearchFormat.K1 * (1 - SearchFormat.B + (SearchFormat.B * length / averageLength));
        foreach (int term in touched)
        {
            double tf = unitFrequency[term];
            int level = SearchFormat.Quantize(tf * (SearchFormat.K1 + 1) / (tf + norm));
            int gap = unit - lastUnit[term] - 1;
            ulong code = Posting.PackCode(gap, level, unitFirstPosition[term] % SearchFormat.PositionModulo);
            SearchFormat.WriteVarint(ref lists[term], code);
            lastUnit[term] = unit;
            documentFrequency[term]++;
            unitFrequency[term] = 0;
        }

        touched.Clear();
    }

    public void Han(char c, int position)
    {
        int term = hanTerm[c] - 1;
        if (term < 0)
        {
            term = NewTerm();
            hanTerm[c] = term + 1;
        }

        Count(term, position);
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

    /// <summary>Every term with its document frequency and encoded postings, in no particular order.</summary>
    public IEnumerable<(string Term, int DocumentFrequency, ReadOnlyMemory<byte> Postings)> Terms()
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

    private (string, int, ReadOnlyMemory<byte>) Entry(string text, int term) =>
        (text, documentFrequency[term], lists[term].Span.ToArray());

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
            Array.Resize(ref unitFirstPosition, size);
        }

        lastUnit[termCount] = -1;
        return termCount++;
    }
}
