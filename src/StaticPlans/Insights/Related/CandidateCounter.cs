using System.Runtime.CompilerServices;

namespace StaticPlans.Insights.Related;

/// <summary>
/// Per-thread scratch space for one query: how many LSH bands each candidate shared with it. The more bands two
/// sections share, the more similar their signatures, so the count ranks candidates without comparing signatures.
/// </summary>
internal sealed class CandidateCounter(int size)
{
    private readonly byte[] _bands = new byte[size];
    private readonly List<int> _touched = [];
    private readonly List<int> _ties = [];

    /// <summary>The query's candidates, reused from query to query (a site of 10,000 plans has 100,000 sections).</summary>
    public List<int> Best { get; } = [];

    /// <summary>The query's candidates that are similar enough, with their similarity; reused like <see cref="Best"/>.</summary>
    public List<(int Index, double Similarity)> Scored { get; } = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Touch(int candidate)
    {
        if (_bands[candidate]++ == 0)
        {
            _touched.Add(candidate);
        }
    }

    /// <summary>
    /// Fills <paramref name="best"/> with at most <paramref name="limit"/> candidates sharing the most bands
    /// (ties: lowest index first, so the choice is deterministic), then clears the scratch space.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void TakeBest(int limit, List<int> best)
    {
        best.Clear();
        Span<int> histogram = stackalloc int[256];
        foreach (var c in _touched)
        {
            histogram[_bands[c]]++;
        }
        var threshold = 255;
        var above = 0;
        while (threshold > 0 && above + histogram[threshold] < limit)
        {
            above += histogram[threshold];
            threshold--;
        }
        _ties.Clear();
        foreach (var c in _touched)
        {
            var shared = _bands[c];
            if (shared > threshold)
            {
                best.Add(c);
            }
            else if (shared == threshold && threshold > 0)
            {
                _ties.Add(c);
            }
            _bands[c] = 0;
        }
        _touched.Clear();
        _ties.Sort();
        for (var i = 0; i < _ties.Count && best.Count < limit; i++)
        {
            best.Add(_ties[i]);
        }
    }
}
