using System.Text;
using System.Text.Json;
using StaticPlans.Text;

namespace StaticPlans.Search;

/// <summary>
/// Reads the index written by <see cref="SearchIndexWriter"/> and answers queries with the same steps as
/// search.js (docs/search-format.md, "Query"), reading only the files a query needs through <c>readFile</c>
/// (a path relative to the site root → its bytes).
/// </summary>
public sealed class SearchIndexReader
{
    private readonly Func<string, byte[]> readFile;
    private readonly SearchManifest manifest;
    private readonly SearchPlanTable plans;
    private readonly Dictionary<int, Dictionary<string, DictionaryEntry>> shards = [];

    public SearchIndexReader(Func<string, byte[]> readFile)
    {
        this.readFile = readFile;
        manifest = SearchManifest.Parse(readFile(SearchFormat.ManifestPath));
        plans = SearchPlanTable.Parse(SearchFormat.Inflate(readFile(SearchFormat.PlansPath)), manifest);
    }

    /// <summary>Paths read so far, in order (tests use it to check a query reads only what it needs).</summary>
    public List<string> FilesRead { get; } = [];

    public SearchResults Search(SearchQuery query)
    {
        var parts = QueryPart.Parse(query.Text);
        if (parts.Count == 0)
        {
            return SearchResults.Empty;
        }

        var entries = new Dictionary<string, DictionaryEntry>(StringComparer.Ordinal);
        foreach (var term in parts.SelectMany(p => p.Terms).Select(t => t.Term).Distinct(StringComparer.Ordinal))
        {
            var entry = Lookup(term);
            if (entry is null)
            {
                return SearchResults.Empty;
            }

            entries.Add(term, entry);
        }

        var retrieval = Retrieval.Plan(entries.Values, manifest.TierThreshold);
        var lists = new Dictionary<string, Dictionary<int, Posting>>(StringComparer.Ordinal);
        foreach (var entry in retrieval.Fetch)
        {
            lists.Add(entry.Term, ReadPostings(entry, retrieval.TopOnly).ToDictionary(p => p.Unit));
        }

        var candidates = new List<Candidate>();
        bool perPlan = retrieval.Driver.PerPlan;
        foreach (int id in lists[retrieval.Driver.Term].Keys.Order())
        {
            int plan = perPlan ? id : plans.PlanOf(id);
            double score = 0;
            bool all = true;
            foreach (var entry in retrieval.Fetch)
            {
                int key = entry.PerPlan ? plan : id;
                if (lists[entry.Term].TryGetValue(key, out var posting))
                {
                    score += SearchFormat.Idf(entry.DocumentFrequency, entry.PerPlan ? manifest.Plans : manifest.Units) * SearchFormat.Dequantize(posting.Level);
                }
                else
                {
                    all = false;
                }
            }

            if (all || retrieval.TopOnly)
            {
                int aligned = perPlan ? 0 : parts.Count(p => p.LooksAdjacent(id, lists));
                candidates.Add(new Candidate(perPlan ? -1 : id, plan, score, aligned));
            }
        }

        var facetCounts = plans.CountFacets(candidates.Select(c => c.Plan).Distinct(), query);
        var matching = candidates.Where(c => plans.Passes(c.Plan, query)).ToList();
        var ranked = matching
            .GroupBy(c => c.Plan)
            .Select(g => (Plan: g.Key, Best: g.OrderBy(c => c, Candidate.PreRank).First(), Units: g.ToList()))
            .OrderBy(g => g.Best, Candidate.PreRank)
            .ToList();

        var hits = ranked.Take(query.PlanLimit).Select(g => Verify(g.Plan, g.Units, parts)).ToList();
        hits.Sort((a, b) => CompareSections(a.Sections[0], b.Sections[0], a, b));
        return new SearchResults(ranked.Count, retrieval.TopOnly, hits, facetCounts.Years, facetCounts.Topics, facetCounts.Kinds);
    }

    /// <summary>Plans by their best section: exact-phrase parts, then BM25, then the newer year, then URL.</summary>
    private static int CompareSections(SectionHit a, SectionHit b, PlanHit planA, PlanHit planB)
    {
        if (a.PhraseHits != b.PhraseHits)
        {
            return b.PhraseHits.CompareTo(a.PhraseHits);
        }

        if (a.Score != b.Score)
        {
            return b.Score.CompareTo(a.Score);
        }

        return planA.Year != planB.Year ? planB.Year.CompareTo(planA.Year) : string.CompareOrdinal(planA.Url, planB.Url);
    }

    /// <summary>
    /// Reads the plan's text and orders its matching sections: exact-phrase parts first, then BM25. A candidate
    /// for the whole plan (one-character queries) becomes the sections holding the query text.
    /// </summary>
    private PlanHit Verify(int plan, List<Candidate> candidates, IReadOnlyList<QueryPart> parts)
    {
        var block = ReadPlanBlock(plan);
        int firstUnit = plans.FirstUnit(plan);
        var units = new List<(int Unit, double Score)>();
        foreach (var candidate in candidates)
        {
            if (candidate.Unit >= 0)
            {
                units.Add((candidate.Unit, candidate.Score));
            }
            else
            {
                for (int i = 0; i < block.Sections.Count; i++)
                {
                    units.Add((firstUnit + i, candidate.Score));
                }
            }
        }

        var sections = units
            .Select(u =>
            {
                var (anchor, heading, text) = block.Sections[u.Unit - firstUnit];
                string folded = TextFolding.Fold(heading) + "\n" + TextFolding.Fold(text);
                int phraseHits = parts.Count(p => folded.Contains(p.Text, StringComparison.Ordinal));
                return (u.Unit, Hit: new SectionHit(anchor, heading, text, u.Score, phraseHits));
            })
            .Where(s => s.Hit.PhraseHits > 0 || candidates[0].Unit >= 0)
            .OrderByDescending(s => s.Hit.PhraseHits)
            .ThenByDescending(s => s.Hit.Score)
            .ThenBy(s => s.Unit)
            .Select(s => s.Hit)
            .ToList();
        if (sections.Count == 0)
        {
            var (anchor, heading, text) = block.Sections[0];
            sections.Add(new SectionHit(anchor, heading, text, candidates[0].Score, 0));
        }

        return new PlanHit(block.Url, block.Title, plans.Year(plan), plans.Kind(plan), block.Bureau, sections);
    }

    private DictionaryEntry? Lookup(string term)
    {
        int shard = (int)(SearchFormat.Hash(term) & (uint)(manifest.Shards - 1));
        if (!shards.TryGetValue(shard, out var entries))
        {
            entries = DictionaryEntry.ParseShard(SearchFormat.Inflate(Read(SearchFormat.ShardPath(shard))));
            shards.Add(shard, entries);
        }

        return entries.GetValueOrDefault(term);
    }

    private List<Posting> ReadPostings(DictionaryEntry entry, bool topOnly)
    {
        var pack = Read(SearchFormat.PostingPackPath(entry.Pack)).AsSpan(entry.Offset, entry.TopLength + entry.RestLength);
        var top = Segment(pack[..entry.TopLength], entry.TopDeflated);
        if (topOnly && entry.TopLength > 0)
        {
            return top;
        }

        top.AddRange(Segment(pack[entry.TopLength..], entry.RestDeflated));
        top.Sort((a, b) => a.Unit.CompareTo(b.Unit));
        return top;
    }

    private static List<Posting> Segment(ReadOnlySpan<byte> bytes, bool deflated) =>
        Posting.Decode(deflated ? SearchFormat.Inflate(bytes) : bytes);

    private SearchPlanBlock ReadPlanBlock(int plan)
    {
        var (pack, offset, length) = plans.TextLocation(plan);
        var bytes = Read(SearchFormat.TextPackPath(pack)).AsSpan(offset, length);
        return SearchPlanBlock.Parse(SearchFormat.Inflate(bytes));
    }

    private byte[] Read(string path)
    {
        FilesRead.Add(path);
        return readFile(path);
    }

    private sealed record Candidate(int Unit, int Plan, double Score, int AlignedParts)
    {
        /// <summary>Before texts are read: parts whose terms sit at adjacent positions, then BM25, then newer (lower id).</summary>
        public static readonly IComparer<Candidate> PreRank = Comparer<Candidate>.Create((a, b) =>
            b.AlignedParts != a.AlignedParts ? b.AlignedParts.CompareTo(a.AlignedParts)
            : b.Score != a.Score ? b.Score.CompareTo(a.Score)
            : a.Unit.CompareTo(b.Unit));
    }

    private sealed record Retrieval(IReadOnlyList<DictionaryEntry> Fetch, DictionaryEntry Driver, bool TopOnly)
    {
        /// <summary>
        /// Terms in at most tierThreshold units (plans, for single chars) are fetched in full and all required;
        /// commoner terms are skipped when a rarer one exists (their absence is caught by the phrase check).
        /// If every term is common, only the best postings of each are read and those of the rarest term are
        /// the candidates. The driver is the rarest fetched term, per-section terms before per-plan ones.
        /// </summary>
        public static Retrieval Plan(IEnumerable<DictionaryEntry> entries, int tierThreshold)
        {
            var byRarity = entries.OrderBy(e => e.PerPlan).ThenBy(e => e.DocumentFrequency).ThenBy(e => e.Term, StringComparer.Ordinal).ToList();
            var rare = byRarity.Where(e => e.DocumentFrequency <= tierThreshold).ToList();
            return rare.Count > 0 ? new Retrieval(rare, rare[0], false) : new Retrieval(byRarity, byRarity[0], true);
        }
    }

    internal sealed record QueryPart(string Text, IReadOnlyList<(string Term, int Offset)> Terms)
    {
        public static IReadOnlyList<QueryPart> Parse(string query)
        {
            return TextFolding.Fold(query)
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(part => new QueryPart(part, SearchTokenizer.QueryTerms(part)))
                .Where(part => part.Terms.Count > 0)
                .ToList();
        }

        /// <summary>True when the fetched terms' first positions (mod 8) sit as far apart as in the query.</summary>
        public bool LooksAdjacent(int unit, Dictionary<string, Dictionary<int, Posting>> lists)
        {
            (int Offset, int Position)? previous = null;
            foreach (var (term, offset) in Terms)
            {
                if (!lists.TryGetValue(term, out var list) || !list.TryGetValue(unit, out var posting))
                {
                    continue;
                }

                if (previous is { } p && (posting.Position - p.Position - (offset - p.Offset)) % SearchFormat.PositionModulo != 0)
                {
                    return false;
                }

                previous = (offset, posting.Position);
            }

            return true;
        }
    }
}
