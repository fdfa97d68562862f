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
    private readonly int[] _hanTerm = new int[char.MaxValue + 1];
    private readonly Dictionary<uint, int> _pairTerm = new();
    private readonly Dictionary<string, int> _wordTerm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly double _averageLength;

    private ByteBuffer[] _lists = new ByteBuffer[1024];
    private int[] _lastUnit = new int[1024];
    private int[] _documentFrequency = new int[1024];
    private int[] _unitFrequency = new int[1024];
    private int[] _unitFirstPosition = new int[1024];
    private readonly List<int> _touched = [];
    private readonly List<int> _planTouched = [];
    private int[] _planFrequency = new int[1024];
    private double _averagePlanLength = 1;
    private int _termCount;
    private int _weight;
    private int _positionBase;

    public PostingAccumulator(double averageLength, double averagePlanLength)
    {
        _averageLength = averageLength;
        _averagePlanLength = averagePlanLength;
        _wordLookup = _wordTerm.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int TermCount => _termCount;

    public void AddUnit(int unit, ReadOnlyMemory<char> foldedHeading, ReadOnlyMemory<char> foldedText)
    {
        _weight = SearchFormat.HeadingWeight;
        _positionBase = 0;
        SearchTokenizer.Tokenize(foldedHeading.Span, this);
        _weight = 1;
        _positionBase = foldedHeading.Length + 1;
        SearchTokenizer.Tokenize(foldedText.Span, this);

        Flush(unit, foldedHeading.Length + 1 + foldedText.Length, _averageLength, _touched, _unitFrequency);
    }

    /// <summary>Ends a plan: posts its single characters, with the plan's number as the posting's unit.</summary>
    public void EndPlan(int plan, int length) => Flush(plan, length, _averagePlanLength, _planTouched, _planFrequency);

    public void Han(char c, int position)
    {
        var term = _hanTerm[c] - 1;
        if (term < 0)
        {
            term = NewTerm();
            _hanTerm[c] = term + 1;
        }

        if (_planFrequency[term] == 0)
        {
            _planTouched.Add(term);
            _unitFirstPosition[term] = 0;
        }

        _planFrequency[term] += _weight;
    }

    public void HanPair(char first, char second, int position)
    {
        var key = ((uint)first << 16) | second;
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_pairTerm, key, out var exists);
        if (!exists)
        {
            slot = NewTerm();
        }

        Count(slot, position);
    }

    public void Word(ReadOnlySpan<char> word, int position)
    {
        if (!_wordLookup.TryGetValue(word, out var term))
        {
            term = NewTerm();
            _wordLookup[word] = term;
        }

        Count(term, position);
    }

    /// <summary>Every term with its document frequency, encoded postings and last id, in no particular order.</summary>
    public IEnumerable<TermPostings> Terms()
    {
        for (var c = 0; c < _hanTerm.Length; c++)
        {
            if (_hanTerm[c] > 0)
            {
                yield return Entry(((char)c).ToString(), _hanTerm[c] - 1);
            }
        }

        foreach (var (key, term) in _pairTerm)
        {
            yield return Entry(string.Concat((char)(key >> 16), (char)(key & 0xFFFF)), term);
        }

        foreach (var (word, term) in _wordTerm)
        {
            yield return Entry(word, term);
        }
    }

    public bool HasHan(char c) => _hanTerm[c] > 0;

    private TermPostings Entry(string text, int term) =>
        new(text, _documentFrequency[term], _lists[term].Memory, _lastUnit[term]);

    private void Flush(int id, double length, double average, List<int> terms, int[] frequency)
    {
        var norm = SearchFormat.K1 * (1 - SearchFormat.B + (SearchFormat.B * length / average));
        foreach (var term in terms)
        {
            double tf = frequency[term];
            var level = SearchFormat.Quantize(tf * (SearchFormat.K1 + 1) / (tf + norm));
            var code = Posting.PackCode(id - _lastUnit[term] - 1, level, _unitFirstPosition[term] % SearchFormat.PositionModulo);
            SearchFormat.WriteVarint(ref _lists[term], code);
            _lastUnit[term] = id;
            _documentFrequency[term]++;
            frequency[term] = 0;
        }

        terms.Clear();
    }

    private void Count(int term, int position)
    {
        if (_unitFrequency[term] == 0)
        {
            _touched.Add(term);
            _unitFirstPosition[term] = _positionBase + position;
        }

        _unitFrequency[term] += _weight;
    }

    private int NewTerm()
    {
        if (_termCount == _lists.Length)
        {
            var size = _lists.Length * 2;
            Array.Resize(ref _lists, size);
            Array.Resize(ref _lastUnit, size);
            Array.Resize(ref _documentFrequency, size);
            Array.Resize(ref _unitFrequency, size);
            Array.Resize(ref _planFrequency, size);
            Array.Resize(ref _unitFirstPosition, size);
        }

        _lastUnit[_termCount] = -1;
        return _termCount++;
    }
}

/// <summary>
/// A term's postings as collected: <see cref="LastId"/> is the id of its last posting. A term collected in both halves
/// keeps the later half's list beside its own and joins them only when it is encoded, into a reused buffer: copying
/// every list once more to join it was a tenth of what the index allocated.
/// </summary>
internal sealed record TermPostings(string Term, int DocumentFrequency, ReadOnlyMemory<byte> Postings, int LastId)
{
    /// <summary>The postings collected for later ids, and the id of the last posting before them.</summary>
    private (ReadOnlyMemory<byte> Postings, int After)? _later;

    /// <summary>Appends the postings collected for later ids: only the first gap changes.</summary>
    public TermPostings Append(TermPostings later)
    {
        if (_later is not null || later._later is not null)
        {
            throw new InvalidOperationException("only two collected lists are joined");
        }

        return this with { DocumentFrequency = DocumentFrequency + later.DocumentFrequency, LastId = later.LastId, _later = (later.Postings, LastId) };
    }

    /// <summary>The whole list; when it was collected in two parts, joined in <paramref name="buffer"/>.</summary>
    public ReadOnlySpan<byte> Joined(ref ByteBuffer buffer)
    {
        if (_later is not { } later)
        {
            return Postings.Span;
        }

        var rest = later.Postings.Span;
        var offset = 0;
        var first = SearchFormat.ReadVarint(rest, ref offset);
        var firstId = (int)(first >> 6);
        buffer.Clear();
        buffer.AddRange(Postings.Span);
        SearchFormat.WriteVarint(ref buffer, ((ulong)(uint)(firstId - later.After - 1) << 6) | (first & 63));
        buffer.AddRange(rest[offset..]);
        return buffer.Span;
    }
}
