namespace StaticPlans.Insights;

/// <summary>
/// For each section, the most similar sections of earlier years that share a topic, so a reader can follow a
/// commitment (薄弱学校改造) from one year's plan to the next.
/// </summary>
/// <remarks>
/// Similarity is the Jaccard index of the sections' distinctive character bigrams: bigrams found in more than
/// 5% of all sections (教育, 工作, 加强 …) say nothing about a section and are dropped first. Candidates come from
/// locality-sensitive hashing (64-value MinHash signatures cut into 32 bands of 2): sections that agree on a whole
/// band share a bucket, and only bucket mates of earlier years are compared, at most <see cref="BucketCap"/> per
/// bucket (the most recent ones). The work is near-linear in the number of sections; candidates are ranked by
/// signature agreement and the best few are scored exactly. Ties break by key (ordinal), so output is stable.
/// </remarks>
public static class RelatedSections
{
    /// <summary>Pairs below this Jaccard index are not linked (unrelated sections of one topic score about 0.02–0.08).</summary>
    public const double MinimumSimilarity = 0.15;

    internal const int BucketCap = 64;
    private const int ExactlyScored = 12;

    public static IReadOnlyDictionary<string, IReadOnlyList<RelatedSection>> Compute(IReadOnlyList<SectionRef> sections, int maxPerSection = 3)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentOutOfRangeException.ThrowIfNegative(maxPerSection);
        var ordered = sections.OrderBy(s => s.Year).ThenBy(s => s.Key, StringComparer.Ordinal).ToArray();
        EnsureUniqueKeys(ordered);

        var sets = new uint[ordered.Length][];
        Parallel.For(0, ordered.Length, i => sets[i] = BigramSets.Of(ordered[i].Text));
        CommonBigrams.Remove(sets);

        var index = BandIndex.Build(sets);
        var results = new IReadOnlyList<RelatedSection>[ordered.Length];
        var yearStart = YearStarts(ordered);
        var masks = ordered.Select(s => TopicMask(s.Topics)).ToArray();
        Parallel.For(0, ordered.Length,
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

    private static IReadOnlyList<RelatedSection> FindRelated(int q, SectionRef[] ordered, uint[][] sets, BandIndex index,
        int earlierEnd, ulong[] masks, CandidateCounter counter, int maxPerSection)
    {
        index.CollectEarlier(q, earlierEnd, BucketCap, masks, counter);
        var candidates = counter.TakeTouched();
        if (candidates.Count == 0)
        {
            return [];
        }
        var shortlist = new (int Index, int Agreement)[candidates.Count];
        for (var k = 0; k < candidates.Count; k++)
        {
            shortlist[k] = (candidates[k], MinHash.Agreement(index.Signature(q), index.Signature(candidates[k])));
        }
        // Candidates arrive in ascending index order; a stable sort on agreement alone keeps that as the tie-break.
        var best = shortlist.OrderByDescending(c => c.Agreement).Take(ExactlyScored).ToArray();
        var scored = new List<(int Index, double Similarity)>();
        foreach (var (c, _) in best)
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
        return scored
            .OrderByDescending(s => s.Similarity)
            .ThenBy(s => ordered[s.Index].Key, StringComparer.Ordinal)
            .Take(maxPerSection)
            .Select(s => new RelatedSection(ordered[s.Index].Key, ordered[s.Index].Year, ordered[s.Index].Bureau, Math.Round(s.Similarity, 4)))
            .ToArray();
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
            ulong h = 14695981039346656037UL;
            foreach (var c in topic)
            {
                h = (h ^ c) * 1099511628211UL;
            }
            mask |= 1UL << (int)(MinHash.Mix(h) & 63);
        }
        return mask;
    }

    private static bool ShareTopic(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x, y, StringComparison.Ordinal))
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
