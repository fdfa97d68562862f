using System.Runtime.CompilerServices;

namespace StaticPlans.Insights.Related;

/// <summary>
/// One-permutation MinHash: each bigram is hashed once, its top bits pick one of 32 bins and the bin keeps the
/// smallest value, so a signature costs one hash per bigram instead of one per bigram per bin. Empty bins
/// borrow from the next filled bin (rotation densification) so that short sections still get full signatures.
/// The fraction of equal bins estimates the Jaccard index.
/// </summary>
internal static class MinHash
{
    public const int Length = 32;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sign(ReadOnlySpan<uint> set, Span<uint> signature)
    {
        signature.Fill(uint.MaxValue);
        foreach (var item in set)
        {
            var h = Mix(item);
            var bin = (int)(h >> 59);
            var value = (uint)h;
            if (value < signature[bin])
            {
                signature[bin] = value;
            }
        }
        Densify(signature);
    }

    /// <summary>SplitMix64's finaliser: a fixed, well-mixed hash (string.GetHashCode is randomised per process).</summary>
    public static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static void Densify(Span<uint> signature)
    {
        // Donors are chosen among the bins filled by hashing (the mask), never among borrowed ones, so two
        // signatures with the same filled bins densify the same way.
        uint filled = 0;
        for (var i = 0; i < Length; i++)
        {
            filled |= signature[i] != uint.MaxValue ? 1U << i : 0;
        }
        if (filled == 0 || filled == uint.MaxValue)
        {
            return;
        }
        for (var i = 0; i < Length; i++)
        {
            if ((filled >> i & 1) != 0)
            {
                continue;
            }
            var distance = 1;
            var donor = (i + 1) % Length;
            while ((filled >> donor & 1) == 0)
            {
                donor = (donor + 1) % Length;
                distance++;
            }
            signature[i] = (uint)Mix(signature[donor] ^ ((ulong)distance << 32));
        }
    }
}
