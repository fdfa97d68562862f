using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StaticPlans.Text;
using StaticPlans.Threading;

namespace StaticPlans.Search;

/// <summary>
/// Builds the sharded search index (docs/search-format.md) from search units. Deterministic: plans are
/// ordered newest year first then by URL, terms ordinally, and nothing depends on hash or dictionary order.
/// </summary>
public static class SearchIndexWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<SearchFile> Build(IReadOnlyList<SearchUnit> units, SearchFacetNames names, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(names);

        var plans = SearchPlanGroup.Group(units);
        var facets = SearchFacets.From(plans, names);
        // Each plan's units, then its metadata as one more unit (a heading without text).
        var ordered = plans.SelectMany(p => p.Units.Select(u => (u.Heading, u.Text)).Append((Heading: SearchMetadata.Text(p, facets), Text: ""))).ToArray();
        // Only the folded lengths are kept: each unit is folded again as it is tokenized. Folded copies of every unit
        // lived through the whole stage, about 60 MB at 10,000 plans, while the insights beside it grow the heap.
        var lengths = new int[ordered.Length];
        var parallel = ParallelWork.Options(cancel);
        Parallel.For(0, ordered.Length, parallel, i =>
            lengths[i] = SearchFolding.FoldedLength(ordered[i].Heading) + 1 + SearchFolding.FoldedLength(ordered[i].Text));

        // The average is over the plans' own units: metadata units are short and would change every section's weight.
        long totalLength = 0;
        var isMeta = new bool[ordered.Length];
        for (int plan = 0, unit = 0; plan < plans.Count; unit += plans[plan++].IndexedUnits)
        {
            isMeta[unit + plans[plan].Units.Count] = true;
        }

        for (var i = 0; i < ordered.Length; i++)
        {
            totalLength += isMeta[i] ? 0 : lengths[i];
        }

        var ownUnits = ordered.Length - plans.Count;
        var averageLength = ownUnits <= 0 ? 1 : Math.Max(1, (double)totalLength / ownUnits);
        var averagePlanLength = plans.Count == 0 ? 1 : Math.Max(1, (double)totalLength / plans.Count);
        var (collected, hasHan) = CollectPostings(plans, ordered, averageLength, averagePlanLength, parallel);
        cancel.ThrowIfCancellationRequested();
        var files = new List<SearchFile>();
        var terms = collected.Select(t => (t.Term, Postings: (TermPostings?)t, Shard: 0)).ToArray();
        // From here the terms array holds the collected lists, and drops each once it is encoded (WritePostings).
        collected.Clear();
        var shardCount = ShardCount(terms.Length);
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i].Shard = (int)(SearchFormat.Hash(terms[i].Term) & (uint)(shardCount - 1));
        }

        Array.Sort(terms, (a, b) => a.Shard != b.Shard ? a.Shard.CompareTo(b.Shard) : string.CompareOrdinal(a.Term, b.Term));
        var postingPacks = WritePostings(terms, shardCount, isMeta, files, parallel);
        var textDictionaryLength = WriteTexts(plans, facets, files, parallel);
        files.Add(new SearchFile(SearchFormat.FoldPath, SearchFormat.Deflate(Encoding.UTF8.GetBytes(FoldPairs(hasHan)))));

        var id = ContentId(files);
        files.Add(new SearchFile(SearchFormat.ManifestPath, Manifest(id, ordered.Length, plans.Count, averageLength, shardCount, postingPacks, textDictionaryLength, facets)));
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    /// <summary>
    /// Tokenizes every unit into postings: the plans are split in two halves collected in parallel, whose
    /// lists are then joined per term (ids are global, so only the second half's first gap changes).
    /// </summary>
    private static (List<TermPostings> Terms, Func<char, bool> HasHan) CollectPostings(
        IReadOnlyList<SearchPlanGroup> plans, (string Heading, string Text)[] units, double averageLength, double averagePlanLength,
        ParallelOptions parallel)
    {
        var half = 0;
        for (var count = 0; half < plans.Count && count < units.Length / 2; half++)
        {
            count += plans[half].IndexedUnits;
        }

        var ranges = new[] { (From: 0, To: half), (From: half, To: plans.Count) };
        var accumulators = new PostingAccumulator[2];
        Parallel.For(0, 2, parallel, part =>
        {
            var accumulator = new PostingAccumulator(averageLength, averagePlanLength);
            var folded = new FoldedUnit();
            var unit = 0;
            for (var plan = 0; plan < ranges[part].From; plan++)
            {
                unit += plans[plan].IndexedUnits;
            }

            for (var plan = ranges[part].From; plan < ranges[part].To; plan++)
            {
                // Each half runs for seconds on a big site: a cancelled build (serve, on an edit) stops between plans.
                parallel.CancellationToken.ThrowIfCancellationRequested();
                var planLength = 0;
                for (var i = 0; i < plans[plan].IndexedUnits; i++, unit++)
                {
                    var (heading, text) = folded.Fold(units[unit]);
                    accumulator.AddUnit(unit, heading, text);
                    planLength += heading.Length + 1 + text.Length;
                }

                accumulator.EndPlan(plan, planLength);
            }

            accumulators[part] = accumulator;
        });

        var merged = accumulators[0].Terms().ToDictionary(t => t.Term, StringComparer.Ordinal);
        foreach (var later in accumulators[1].Terms())
        {
            merged[later.Term] = merged.TryGetValue(later.Term, out var earlier) ? earlier.Append(later) : later;
        }

        // Which single characters occur, copied out: asking the accumulators later kept all their lists alive through
        // the encoding and the texts.
        var han = new bool[char.MaxValue + 1];
        for (var c = 0; c < han.Length; c++)
        {
            han[c] = accumulators[0].HasHan((char)c) || accumulators[1].HasHan((char)c);
        }

        return (merged.Values.ToList(), c => han[c]);
    }

    /// <summary>One thread's buffer for the unit being tokenized, folded as <see cref="SearchFolding.Fold"/> does.</summary>
    private sealed class FoldedUnit
    {
        private char[] _buffer = new char[16 * 1024];

        public (ReadOnlyMemory<char> Heading, ReadOnlyMemory<char> Text) Fold((string Heading, string Text) unit)
        {
            var length = unit.Heading.Length + unit.Text.Length;
            if (_buffer.Length < length) _buffer = new char[Math.Max(length, _buffer.Length * 2)];
            var heading = _buffer.AsMemory(0, unit.Heading.Length);
            var text = _buffer.AsMemory(unit.Heading.Length, unit.Text.Length);
            return (SearchFolding.TryFold(unit.Heading, heading.Span) ? heading : SearchFolding.Fold(unit.Heading).AsMemory(),
                SearchFolding.TryFold(unit.Text, text.Span) ? text : SearchFolding.Fold(unit.Text).AsMemory());
        }
    }

    private static int ShardCount(int termCount)
    {
        var shards = 1;
        while (shards < SearchFormat.MaxShards && (long)shards * SearchFormat.MaxTermsPerShard < termCount)
        {
            shards *= 2;
        }

        return shards;
    }

    private static int WritePostings((string Term, TermPostings? Postings, int Shard)[] terms, int shardCount, bool[] isMeta,
        List<SearchFile> files, ParallelOptions parallel)
    {
        // Each term's list is dropped once encoded, and its encoding once in its pack: the collected lists, their
        // encodings and the packs were otherwise all alive at once.
        var encoded = new (byte[]? Bytes, int DocumentFrequency, ulong TopField, ulong RestField)[terms.Length];
        Parallel.For(0, terms.Length, parallel, i =>
        {
            var postings = terms[i].Postings!;
            var (bytes, top, rest) = EncodeTerm(postings, IsPerPlan(terms[i].Term) ? null : isMeta);
            encoded[i] = (bytes, postings.DocumentFrequency, top, rest);
            terms[i].Postings = null;
        });

        var pack = new MemoryStream();
        var packNumber = 0;
        var dictionary = new MemoryStream();
        // Each shard's dictionary is deflated after the loop, in parallel: 1,024 streams one after another were a
        // serial stretch of the index stage at 10,000 plans.
        var shardDictionaries = new byte[shardCount][];
        var termBytes = new byte[256];
        var shardStart = 0;
        for (var shard = 0; shard < shardCount; shard++)
        {
            var shardEnd = shardStart;
            while (shardEnd < terms.Length && terms[shardEnd].Shard == shard)
            {
                shardEnd++;
            }

            // A shard's terms lie back to back in the packs: only where the first starts is stored, the client
            // follows the lengths and the cut rule (a pack ends once it reaches PackBytes) for the others.
            dictionary.SetLength(0);
            SearchFormat.WriteVarint(dictionary, (ulong)(shardEnd - shardStart));
            SearchFormat.WriteVarint(dictionary, (ulong)packNumber);
            SearchFormat.WriteVarint(dictionary, (ulong)pack.Length);
            for (var i = shardStart; i < shardEnd; i++)
            {
                var term = terms[i].Term;
                if (termBytes.Length < Encoding.UTF8.GetMaxByteCount(term.Length))
                {
                    termBytes = new byte[Math.Max(Encoding.UTF8.GetMaxByteCount(term.Length), termBytes.Length * 2)];
                }

                var termLength = Encoding.UTF8.GetBytes(term, termBytes);
                SearchFormat.WriteVarint(dictionary, (ulong)termLength);
                dictionary.Write(termBytes, 0, termLength);
                SearchFormat.WriteVarint(dictionary, (ulong)encoded[i].DocumentFrequency);
                SearchFormat.WriteVarint(dictionary, encoded[i].TopField);
                SearchFormat.WriteVarint(dictionary, encoded[i].RestField);
                pack.Write(encoded[i].Bytes);
                encoded[i].Bytes = null;
                if (pack.Length >= SearchFormat.PackBytes)
                {
                    files.Add(new SearchFile(SearchFormat.PostingPackPath(packNumber++), pack.ToArray()));
                    pack.SetLength(0);
                }
            }

            shardDictionaries[shard] = dictionary.ToArray();
            shardStart = shardEnd;
        }

        var deflated = new byte[shardCount][];
        Parallel.For(0, shardCount, parallel, shard => deflated[shard] = SearchFormat.Deflate(shardDictionaries[shard]));
        for (var shard = 0; shard < shardCount; shard++)
        {
            files.Add(new SearchFile(SearchFormat.ShardPath(shard), deflated[shard]));
        }

        if (pack.Length > 0 || packNumber == 0)
        {
            files.Add(new SearchFile(SearchFormat.PostingPackPath(packNumber++), pack.ToArray()));
        }

        return packNumber;
    }

    /// <summary>A term's bytes in its posting pack: the top segment (common terms only), then the rest.</summary>
    private static bool IsPerPlan(string term) => term.Length == 1 && SearchTokenizer.IsHan(term[0]);

    // Per thread, reused for every term: the joined list, its two tiers and the term's bytes as written.
    [ThreadStatic] private static TermScratch? _termScratch;

    private sealed class TermScratch
    {
        public ByteBuffer Joined;
        public ByteBuffer Top;
        public ByteBuffer Rest;
        public readonly MemoryStream Output = new();
    }

    private static (byte[] Bytes, ulong TopField, ulong RestField) EncodeTerm(TermPostings term, bool[]? isMeta)
    {
        var scratch = _termScratch ??= new TermScratch();
        var postings = term.Joined(ref scratch.Joined);
        var output = scratch.Output;
        output.SetLength(0);
        ulong top = 0;
        ulong rest;
        if (term.DocumentFrequency > SearchFormat.TierThreshold)
        {
            SplitTiers(postings, isMeta, ref scratch.Top, ref scratch.Rest);
            top = PostingSegment.Write(scratch.Top.Span, output);
            rest = PostingSegment.Write(scratch.Rest.Span, output);
        }
        else
        {
            rest = PostingSegment.Write(postings, output);
        }

        return (output.ToArray(), top, rest);
    }

    /// <summary>
    /// Splits a long list into its best postings (highest weight; among equal weights the lowest ids, i.e. the
    /// newest plans) and the rest, both in id order, re-encoding the gaps as it reads (no posting objects). Linear:
    /// weights have only 7 levels. Metadata units rank below every section (level 0 here): a term of the bureau's
    /// name is in every plan's metadata, which says nothing. <paramref name="isMeta"/> is null for per-plan terms.
    /// </summary>
    private static void SplitTiers(ReadOnlySpan<byte> encoded, bool[]? isMeta, ref ByteBuffer top, ref ByteBuffer rest)
    {
        Span<int> perLevel = stackalloc int[SearchFormat.ImpactLevels + 1];
        perLevel.Clear();
        var offset = 0;
        var unit = -1;
        while (offset < encoded.Length)
        {
            var code = SearchFormat.ReadVarint(encoded, ref offset);
            unit += (int)(code >> 6) + 1;
            perLevel[isMeta is not null && isMeta[unit] ? 0 : (int)((code >> 3) & 7)]++;
        }

        int cutoff = SearchFormat.ImpactLevels, taken = 0;
        while (cutoff > 0 && taken + perLevel[cutoff] < SearchFormat.TopSize)
        {
            taken += perLevel[cutoff--];
        }

        var atCutoff = SearchFormat.TopSize - taken;
        top.Clear();
        rest.Clear();
        int previousTop = -1, previousRest = -1;
        offset = 0;
        unit = -1;
        while (offset < encoded.Length)
        {
            var code = SearchFormat.ReadVarint(encoded, ref offset);
            unit += (int)(code >> 6) + 1;
            var level = (int)((code >> 3) & 7);
            var ranked = isMeta is not null && isMeta[unit] ? 0 : level;
            if (ranked > cutoff || (ranked == cutoff && atCutoff-- > 0))
            {
                SearchFormat.WriteVarint(ref top, Posting.PackCode(unit - previousTop - 1, level, (int)(code & 7)));
                previousTop = unit;
            }
            else
            {
                SearchFormat.WriteVarint(ref rest, Posting.PackCode(unit - previousRest - 1, level, (int)(code & 7)));
                previousRest = unit;
            }
        }
    }

    /// <summary>Plan text blocks in packs, cut after the block that brings a pack to PackBytes (the client applies the same rule).</summary>
    private static int WriteTexts(IReadOnlyList<SearchPlanGroup> plans, SearchFacets facets, List<SearchFile> files, ParallelOptions parallel)
    {
        // Each plan's JSON lives only until its block is deflated; the few sampled for the dictionary are made twice.
        var dictionary = TextDictionary.From(plans.Count, i => PlanJson(plans[i]).ToArray());
        var blocks = new byte[plans.Count][];
        Parallel.For(0, plans.Count, parallel, i => blocks[i] = dictionary.Compress(PlanJson(plans[i])));
        files.Add(new SearchFile(SearchFormat.TextDictionaryPath, dictionary.Prefix));

        var table = new MemoryStream();
        SearchFormat.WriteVarint(table, (ulong)plans.Count);
        var pack = new MemoryStream();
        var packNumber = 0;
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            SearchFormat.WriteVarint(table, (ulong)plan.IndexedUnits);
            SearchFormat.WriteVarint(table, (ulong)facets.YearIndex(plan.Year));
            SearchFormat.WriteVarint(table, (ulong)facets.KindIndex(plan.Kind));
            SearchFormat.WriteVarint(table, facets.TopicMask(plan.Topics));
            SearchFormat.WriteVarint(table, (ulong)blocks[i].Length);
            pack.Write(blocks[i]);
            if (pack.Length >= SearchFormat.PackBytes || i == plans.Count - 1)
            {
                files.Add(new SearchFile(SearchFormat.TextPackPath(packNumber++), pack.ToArray()));
                pack.SetLength(0);
            }
        }

        files.Add(new SearchFile(SearchFormat.PlansPath, SearchFormat.Deflate(table.GetBuffer().AsSpan(0, (int)table.Length))));
        return dictionary.Length;
    }

    // One JSON buffer and writer per thread, reused for every plan: 10,000 plans would otherwise each grow
    // a fresh buffer (and a stream around it) to the size of their text, then copy it out once more.
    [ThreadStatic] private static ArrayBufferWriter<byte>? _blockBuffer;
    [ThreadStatic] private static Utf8JsonWriter? _blockJson;

    /// <summary>A plan's texts as the client reads them (JSON, UTF-8), in this thread's buffer until its next call.</summary>
    private static ReadOnlySpan<byte> PlanJson(SearchPlanGroup plan)
    {
        var buffer = _blockBuffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        var json = _blockJson ??= new Utf8JsonWriter(buffer, JsonOptions);
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteString("u", plan.Url);
        json.WriteString("t", plan.Title);
        json.WriteString("b", plan.Bureau);
        json.WriteString("d", plan.DocNo);
        json.WriteString("i", plan.IndexNo);
        json.WriteStartArray("s");
        foreach (var unit in plan.Units)
        {
            json.WriteStartArray();
            if (unit.Anchor is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteStringValue(unit.Anchor);
            }

            json.WriteStringValue(unit.Heading);
            json.WriteNumberValue(unit.Level);
            json.WriteStringValue(unit.Text);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        return buffer.WrittenSpan;
    }

    /// <summary>
    /// The bracket pairs of <see cref="SearchFolding"/>, then only the traditional pairs whose simplified char occurs in
    /// the index: a query char that folds elsewhere cannot match.
    /// </summary>
    private static string FoldPairs(Func<char, bool> indexed)
    {
        var pairs = new StringBuilder(SearchFolding.BracketPairs);
        for (var i = 0; i < FoldTable.Count; i++)
        {
            if (indexed(FoldTable.Simplified[i]))
            {
                pairs.Append(FoldTable.Traditional[i]).Append(FoldTable.Simplified[i]);
            }
        }

        return pairs.ToString();
    }

    private static string ContentId(List<SearchFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Path));
            hash.AppendData(file.Bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    private static byte[] Manifest(string id, int units, int plans, double averageLength, int shards, int postingPacks, int textDictionaryLength, SearchFacets facets)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("version", SearchFormat.Version);
            json.WriteString("id", id);
            json.WriteNumber("units", units);
            json.WriteNumber("plans", plans);
            json.WriteNumber("averageLength", Math.Round(averageLength, 2));
            json.WriteNumber("k1", SearchFormat.K1);
            json.WriteNumber("b", SearchFormat.B);
            json.WriteNumber("levels", SearchFormat.ImpactLevels);
            json.WriteNumber("shards", shards);
            json.WriteNumber("tierThreshold", SearchFormat.TierThreshold);
            json.WriteNumber("topSize", SearchFormat.TopSize);
            json.WriteNumber("postingPacks", postingPacks);
            json.WriteNumber("packBytes", SearchFormat.PackBytes);
            json.WriteNumber("textDictionary", textDictionaryLength);
            facets.WriteJson(json);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
