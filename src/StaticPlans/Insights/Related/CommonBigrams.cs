using System.Runtime.CompilerServices;
using StaticPlans.Threading;

namespace StaticPlans.Insights.Related;

/// <summary>
/// Drops bigrams that occur in too many sections to tell them apart. Document frequencies are counted in a
/// hashed table of at most 2^20 counters (a rare collision can only make a bigram look more common), which keeps memory flat.
/// </summary>
internal static class CommonBigrams
{
    private const double MaxShare = 0.05;
    private const int MinCutoff = 8;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Remove(BigramStore sets)
    {
        long total = 0;
        for (var i = 0; i < sets.Count; i++)
        {
            total += sets[i].Length;
        }
        var bits = Math.Clamp((int)Math.Ceiling(Math.Log2(Math.Max(total, 1) * 2.0)), 12, 20);
        var frequencies = new int[1 << bits];
        for (var i = 0; i < sets.Count; i++)
        {
            foreach (var bigram in sets[i])
            {
                frequencies[Slot(bigram, bits)]++;
            }
        }
        var cutoff = Math.Max(MinCutoff, (int)(sets.Count * MaxShare));
        Parallel.For(0, sets.Count, ParallelWork.Options(), i =>
        {
            var set = sets.Edit(i);
            var kept = 0;
            foreach (var bigram in set)
            {
                if (frequencies[Slot(bigram, bits)] <= cutoff)
                {
                    set[kept++] = bigram;
                }
            }
            sets.Truncate(i, kept);
        });
    }

    // Fibonacci hashing: one multiply spreads the packed character pairs well enough for a frequency table.
    private static int Slot(uint bigram, int bits) => (int)((bigram * 0x9E3779B97F4A7C15UL) >> (64 - bits));
}
