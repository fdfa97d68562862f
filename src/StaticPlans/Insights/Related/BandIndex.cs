using System.Runtime.CompilerServices;
using StaticPlans.Threading;

namespace StaticPlans.Insights.Related;

/// <summary>
/// The LSH buckets: every section's MinHash signature cut into bands of two values; per band, sections sorted by
/// (bucket, section index), so a bucket is a contiguous run and, sections being indexed in year order, its
/// earlier-year members are a prefix of the run found by binary search.
/// </summary>
internal sealed class BandIndex
{
    private const int Bands = MinHash.Length / Rows;
    private const int Rows = 2;
    private const int IndexBits = 24;
    private const ulong IndexMask = (1UL << IndexBits) - 1;

    private readonly int[][] _sorted;
    private readonly int[][] _runStart;
    private readonly int[][] _position;

    private BandIndex(int[][] sorted, int[][] runStart, int[][] position)
    {
        _sorted = sorted;
        _runStart = runStart;
        _position = position;
    }

    public static BandIndex Build(BigramStore sets)
    {
        var n = sets.Count;
        if (n > (int)IndexMask)
        {
            throw new ArgumentException($"At most {IndexMask} sections can be compared at once.", nameof(sets));
        }
        var signatures = new uint[n * MinHash.Length];
        Parallel.For(0, n, ParallelWork.Options(), i =>
        {
            if (sets[i].Length > 0)
            {
                MinHash.Sign(sets[i], signatures.AsSpan(i * MinHash.Length, MinHash.Length));
            }
        });
        var signed = Enumerable.Range(0, n).Where(i => sets[i].Length > 0).ToArray();
        var sorted = new int[Bands][];
        var runStart = new int[Bands][];
        var position = new int[Bands][];
        Parallel.For(0, Bands, ParallelWork.Options(), band => (sorted[band], runStart[band], position[band]) = BuildBand(band, signatures, signed, n));
        return new BandIndex(sorted, runStart, position);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int[] Sorted, int[] RunStart, int[] Position) BuildBand(int band, uint[] signatures, int[] signed, int n)
    {
        var keys = new ulong[signed.Length];
        for (var k = 0; k < signed.Length; k++)
        {
            var i = signed[k];
            var offset = i * MinHash.Length + band * Rows;
            var bucket = MinHash.Mix(((ulong)signatures[offset] << 32 | signatures[offset + 1]) ^ ((ulong)band << 58));
            keys[k] = (bucket & ~IndexMask) | (uint)i;
        }
        Array.Sort(keys);
        var order = new int[keys.Length];
        var starts = new int[keys.Length];
        var positions = new int[n];
        Array.Fill(positions, -1);
        for (var p = 0; p < keys.Length; p++)
        {
            var i = (int)(keys[p] & IndexMask);
            order[p] = i;
            positions[i] = p;
            starts[p] = p > 0 && (keys[p] >> IndexBits) == (keys[p - 1] >> IndexBits) ? starts[p - 1] : p;
        }
        return (order, starts, positions);
    }

    /// <summary>
    /// Touches the bucket mates of <paramref name="query"/> whose index is below <paramref name="earlierEnd"/>
    /// (the first section of the query's year) and whose topic filter overlaps, at most <paramref name="cap"/> per bucket.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void CollectEarlier(int query, int earlierEnd, int cap, ulong[] topicMasks, CandidateCounter counter)
    {
        var mask = topicMasks[query];
        for (var band = 0; band < Bands; band++)
        {
            var p = _position[band][query];
            if (p < 0)
            {
                return;
            }
            var order = _sorted[band];
            var start = _runStart[band][p];
            int lo = start, hi = p;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (order[mid] < earlierEnd)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }
            for (var k = Math.Max(start, lo - cap); k < lo; k++)
            {
                var candidate = order[k];
                if ((topicMasks[candidate] & mask) != 0)
                {
                    counter.Touch(candidate);
                }
            }
        }
    }
}
