using System.Runtime.CompilerServices;
using StaticPlans.Threading;

namespace StaticPlans.Insights.Related;

/// <summary>
/// For each section, the most similar sections of earlier years that share a topic, so a reader can follow a
/// commitment (薄弱学校改造) from one year's plan to the next.
/// </summary>
/// <remarks>
/// Similarity is the Jaccard index of the sections' distinctive character bigrams: bigrams found in more than
/// 5% of all sections (教育, 工作, 加强 …) say nothing about a section and are dropped first. Candidates come from
/// locality-sensitive hashing (32-value MinHash signatures cut into 16 bands of 2): sections that agree on a whole
/// band share a bucket, and only bucket mates of earlier years count, at most <see cref="BucketCap"/> per bucket
/// (the most recent ones). Candidates are ranked by the number of bands they share with the section and only the
/// best few are scored exactly, so the work per section is bounded and the whole is near-linear in the number of
/// sections. A small site (up to <see cref="ExactUpTo"/> sections) skips the hashing and scores every earlier
/// section of a shared topic exactly. Ties break by key (ordinal), so output is stable.
/// </remarks>
public static class RelatedSections
{
    /// <summary>Pairs below this Jaccard index are not linked (unrelated sections of one topic score about 0.02–0.08).</summary>
    public const double MinimumSimilarity = 0.15;

    /// <summary>Up to this many sections every earlier pair is scored exactly; LSH only pays off above it.</summary>
    internal const int ExactUpTo = 2000;

    internal const int BucketCap = 8;
    private const int ExactlyScored = 8;

    public static IReadOnlyDictionary<string, IReadOnlyList<RelatedSection>> Compute(IReadOnlyList<SectionRef> sections, int maxPerSection = 3,
        CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentOutOfRangeException.ThrowIfNegative(maxPerSection);
        var ordered = sections.OrderBy(s => s.Year).ThenBy(s => s.Key, StringComparer.Ordinal).ToArray();
        EnsureUniqueKeys(ordered);

        var parallel = ParallelWork.Options(cancel);
        var sets = BigramStore.Of(ordered.Select(s => s.Text).ToArray(), cancel);
        CommonBigrams.Remove(sets);
        cancel.ThrowIfCancellationRequested();

        var index = ordered.Length > ExactUpTo ? BandIndex.Build(sets) : null;
        cancel.ThrowIfCancellationRequested();
        var results = new IReadOnlyList<RelatedSection>[ordered.Length];
        var yearStart = YearStarts(ordered);
        var masks = ordered.Select(s => TopicMask(s.Topics)).ToArray();
        Parallel.For(0, ordered.Length, parallel,
            () => new CandidateCounter(ordered.Length),
            (q, _, counter) =>
            {
                results[q] = maxPerSection == 0 || sets[q].Length == 0
                    ? []
                    : FindRelated(q, ordered, sets, index, yearStart[q], masks, counter, maxPerSection);
                return counter;
            },
            _ => { });

        return new OrdinalMap<IReadOnlyList<RelatedSection>>(
            ordered.Select((s, i) => new KeyValuePair<string, IReadOnlyList<RelatedSection>>(s.Key, results[i])));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static IReadOnlyList<RelatedSection> FindRelated(int q, SectionRef[] ordered, BigramStore sets, BandIndex? index,
        int earlierEnd, ulong[] masks, CandidateCounter counter, int maxPerSection)
    {
        var best = counter.Best;
        best.Clear();
        if (index is null)
        {
            for (var c = 0; c < earlierEnd; c++)
            {
                if ((masks[c] & masks[q]) != 0)
                {
                    best.Add(c);
                }
            }
        }
        else
        {
            index!.CollectEarlier(q, earlierEnd, BucketCap, masks, counter);
            counter.TakeBest(ExactlyScored, best);
        }
        var scored = counter.Scored;
        scored.Clear();
        foreach (var c in best)
        {
            if (!ShareTopic(ordered[q].Topics, ordered[c].Topics))
            {
                continue;
            }
            var similarity = BigramSets.Jaccard(sets[q], sets[c]);
            if (similarity >= MinimumSimilarity)
            {
                scored.Add((c, similarity));
            }
        }
        if (scored.Count == 0)
        {
            return [];
        }
        scored.Sort((a, b) => a.Similarity != b.Similarity
            ? b.Similarity.CompareTo(a.Similarity)
            : string.CompareOrdinal(ordered[a.Index].Key, ordered[b.Index].Key));
        var count = Math.Min(maxPerSection, scored.Count);
        var result = new RelatedSection[count];
        for (var i = 0; i < count; i++)
        {
            var section = ordered[scored[i].Index];
            result[i] = new RelatedSection(section.Key, section.Year, section.Bureau, Math.Round(scored[i].Similarity, 4));
        }
        return result;
    }

    private static int[] YearStarts(SectionRef[] ordered)
    {
        var starts = new int[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            starts[i] = i > 0 && ordered[i - 1].Year == ordered[i].Year ? starts[i - 1] : i;
        }
        return starts;
    }

    /// <summary>A 64-bit filter of a section's topics; a shared bit means "maybe a shared topic", checked exactly later.</summary>
    private static ulong TopicMask(IReadOnlyList<string> topics)
    {
        ulong mask = 0;
        foreach (var topic in topics)
        {
            var h = 14695981039346656037UL;
            foreach (var c in topic)
            {
                h = (h ^ c) * 1099511628211UL;
            }
            mask |= 1UL << (int)(MinHash.Mix(h) & 63);
        }
        return mask;
    }

    // Indexed, not foreach: an interface's enumerator is a heap object, two per candidate pair (12 MB per 1,000 plans).
    private static bool ShareTopic(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                if (string.Equals(a[i], b[j], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static void EnsureUniqueKeys(SectionRef[] ordered)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in ordered)
        {
            if (!seen.Add(section.Key))
            {
                throw new ArgumentException($"Section key '{section.Key}' appears more than once.", nameof(ordered));
            }
        }
    }
}
