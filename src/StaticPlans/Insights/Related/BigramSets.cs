using System.Runtime.CompilerServices;

namespace StaticPlans.Insights.Related;

/// <summary>
/// Turns text into the sorted set of its character bigrams, each packed exactly into a uint (two UTF-16 units),
/// so there are no hash collisions to reason about. Punctuation and spaces break runs; digits are folded to one
/// symbol so that "新建3所" and "新建5所" in two years' plans still share their bigrams.
/// </summary>
internal static class BigramSets
{
    /// <summary>Writes the set of <paramref name="text"/> into <paramref name="buffer"/> (at least text.Length - 1 long) and returns its size.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Of(string text, Span<uint> buffer)
    {
        if (text.Length < 2)
        {
            return 0;
        }
        var count = 0;
        var previous = '\0';
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (c == '\0')
            {
                previous = '\0';
                continue;
            }
            if (previous != '\0')
            {
                buffer[count++] = (uint)previous << 16 | c;
            }
            previous = c;
        }
        var span = buffer[..count];
        span.Sort();
        var distinct = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (i == 0 || span[i] != span[i - 1])
            {
                span[distinct++] = span[i];
            }
        }
        return distinct;
    }

    /// <summary>Size of the intersection of two sorted sets.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int IntersectionSize(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = a[i];
            var y = b[j];
            if (x == y)
            {
                shared++;
                i++;
                j++;
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return shared;
    }

    public static double Jaccard(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return 0;
        }
        var shared = IntersectionSize(a, b);
        return (double)shared / (a.Length + b.Length - shared);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Fold(char c)
    {
        if (c is >= '0' and <= '9' or >= '０' and <= '９')
        {
            return '#';
        }
        if (c is >= 'A' and <= 'Z')
        {
            return (char)(c + 32);
        }
        // CJK unified ideographs are by far the most common case: skip the general Unicode lookup for them.
        if (c is >= '\u4E00' and <= '\u9FFF' or >= 'a' and <= 'z')
        {
            return c;
        }
        return c >= '\u0080' && char.IsLetter(c) ? c : '\0';
    }
}
