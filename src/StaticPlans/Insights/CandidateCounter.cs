namespace StaticPlans.Insights;

/// <summary>Per-thread scratch space: which sections a query has met in its buckets, reset after each query.</summary>
internal sealed class CandidateCounter(int size)
{
    private readonly bool[] _seen = new bool[size];
    private readonly List<int> _touched = [];

    public void Touch(int candidate)
    {
        if (!_seen[candidate])
        {
            _seen[candidate] = true;
            _touched.Add(candidate);
        }
    }

    /// <summary>The candidates met since the last call, in ascending order; clears the scratch space.</summary>
    public List<int> TakeTouched()
    {
        var result = new List<int>(_touched);
        foreach (var c in _touched)
        {
            _seen[c] = false;
        }
        _touched.Clear();
        result.Sort();
        return result;
    }
}
