using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StaticPlans.Text;

namespace StaticPlans.Search;

/// <summary>
/// Builds the sharded search index (docs/search-format.md) from search units. Deterministic: plans are
/// ordered newest year first then by URL, terms ordinally, and nothing depends on hash or dictionary order.
/// </summary>
public static class SearchIndexWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<SearchFile> Build(IReadOnlyList<SearchUnit> units, SearchFacetNames names)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(names);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Lap(string what) { if (Environment.GetEnvironmentVariable("SP_SEARCH_TIMING") is not null) Console.Error.WriteLine($"{what} {clock.ElapsedMilliseconds} ms"); clock.Restart(); }
        var plans = SearchPlanGroup.Group(units);
        Lap("group");
        var ordered = plans.SelectMany(p => p.Units).ToArray();
        var headings = new string[ordered.Length];
        var texts = new string[ordered.Length];
        Parallel.For(0, ordered.Length, i =>
        {
            headings[i] = TextFolding.Fold(ordered[i].Heading);
            texts[i] = TextFolding.Fold(ordered[i].Text);
        });

        Lap("fold");
        long totalLength = 0;
        for (int i = 0; i < ordered.Length; i++)
        {
            totalLength += headings[i].Length + 1 + texts[i].Length;
        }

        double averageLength = ordered.Length == 0 ? 1 : Math.Max(1, (double)totalLength / ordered.Length);
        var accumulator = new PostingAccumulator(averageLength);
        for (int i = 0; i < ordered.Length; i++)
        {
            accumulator.AddUnit(i, headings[i], texts[i]);
        }

        Lap("postings");
        var facets = SearchFacets.From(plans, names);
        var files = new List<SearchFile>();
        var terms = accumulator.Terms()
            .Select(t => (t.Term, t.DocumentFrequency, t.Postings, Shard: 0))
            .ToArray();
        int shardCount = ShardCount(terms.Length);
        for (int i = 0; i < terms.Length; i++)
        {
            terms[i].Shard = (int)(SearchFormat.Hash(terms[i].Term) & (uint)(shardCount - 1));
        }

        Array.Sort(terms, (a, b) => a.Shard != b.Shard ? a.Shard.CompareTo(b.Shard) : string.CompareOrdinal(a.Term, b.Term));
        Lap("terms");
        int postingPacks = WritePostings(terms, shardCount, files);
        Lap($"write postings (tiered {TieredCount} in {TieredClock.ElapsedMilliseconds} ms)");
        var textPackPlanCounts = WriteTexts(plans, facets, files);
        files.Add(new SearchFile(SearchFormat.FoldPath, SearchFormat.Deflate(Encoding.UTF8.GetBytes(FoldPairs(accumulator)))));

        Lap("texts");
        string id = ContentId(files);
        files.Add(new SearchFile(SearchFormat.ManifestPath, Manifest(id, ordered.Length, plans.Count, averageLength, shardCount, postingPacks, textPackPlanCounts, facets)));
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    internal static readonly System.Diagnostics.Stopwatch TieredClock = new();
    internal static int TieredCount;

    private static int ShardCount(int termCount)
    {
        int shards = 1;
        while (shards < SearchFormat.MaxShards && (long)shards * SearchFormat.MaxTermsPerShard < termCount)
        {
            shards *= 2;
        }

        return shards;
    }

    private static int WritePostings((string Term, int DocumentFrequency, ReadOnlyMemory<byte> Postings, int Shard)[] terms, int shardCount, List<SearchFile> files)
    {
        var pack = new MemoryStream();
        int packNumber = 0;
        var dictionary = new MemoryStream();
        int shardStart = 0;
        for (int shard = 0; shard < shardCount; shard++)
        {
            int shardEnd = shardStart;
            while (shardEnd < terms.Length && terms[shardEnd].Shard == shard)
            {
                shardEnd++;
            }

            dictionary.SetLength(0);
            SearchFormat.WriteVarint(dictionary, (ulong)(shardEnd - shardStart));
            for (int i = shardStart; i < shardEnd; i++)
            {
                var (term, df, postings, _) = terms[i];
                long offset = pack.Length;
                int topLength = 0;
                if (df > SearchFormat.TierThreshold)
                {
                    TieredClock.Start();
                    topLength = WriteTiered(postings.Span, pack);
                    TieredClock.Stop();
                    TieredCount++;
                }
                else
                {
                    pack.Write(postings.Span);
                }

                byte[] termBytes = Encoding.UTF8.GetBytes(term);
                SearchFormat.WriteVarint(dictionary, (ulong)termBytes.Length);
                dictionary.Write(termBytes);
                SearchFormat.WriteVarint(dictionary, (ulong)df);
                SearchFormat.WriteVarint(dictionary, (ulong)packNumber);
                SearchFormat.WriteVarint(dictionary, (ulong)offset);
                SearchFormat.WriteVarint(dictionary, (ulong)(pack.Length - offset));
                SearchFormat.WriteVarint(dictionary, (ulong)topLength);
                if (pack.Length >= SearchFormat.PackBytes)
                {
                    files.Add(new SearchFile(SearchFormat.PostingPackPath(packNumber++), pack.ToArray()));
                    pack.SetLength(0);
                }
            }

            files.Add(new SearchFile(SearchFormat.ShardPath(shard), SearchFormat.Deflate(dictionary.ToArray())));
            shardStart = shardEnd;
        }

        if (pack.Length > 0 || packNumber == 0)
        {
            files.Add(new SearchFile(SearchFormat.PostingPackPath(packNumber++), pack.ToArray()));
        }

        return packNumber;
    }

    /// <summary>Writes the best postings (by weight, then newest unit) first, then the rest; returns the top list's length.</summary>
    private static int WriteTiered(ReadOnlySpan<byte> encoded, MemoryStream pack)
    {
        var postings = Posting.Decode(encoded);
        var top = postings.OrderByDescending(p => p.Level).ThenBy(p => p.Unit).Take(SearchFormat.TopSize).Select(p => p.Unit).ToHashSet();
        long start = pack.Length;
        Posting.Encode(postings.Where(p => top.Contains(p.Unit)), pack);
        int topLength = (int)(pack.Length - start);
        Posting.Encode(postings.Where(p => !top.Contains(p.Unit)), pack);
        return topLength;
    }

    private static List<int> WriteTexts(IReadOnlyList<SearchPlanGroup> plans, SearchFacets facets, List<SearchFile> files)
    {
        var blocks = new byte[plans.Count][];
        Parallel.For(0, plans.Count, i => blocks[i] = SearchFormat.Deflate(PlanBlock(plans[i])));

        var table = new MemoryStream();
        SearchFormat.WriteVarint(table, (ulong)plans.Count);
        var planCounts = new List<int>();
        var pack = new MemoryStream();
        int inPack = 0;
        for (int i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            SearchFormat.WriteVarint(table, (ulong)plan.Units.Count);
            SearchFormat.WriteVarint(table, (ulong)facets.YearIndex(plan.Year));
            SearchFormat.WriteVarint(table, (ulong)facets.KindIndex(plan.Kind));
            SearchFormat.WriteVarint(table, facets.TopicMask(plan.Topics));
            SearchFormat.WriteVarint(table, (ulong)blocks[i].Length);
            pack.Write(blocks[i]);
            inPack++;
            if (pack.Length >= SearchFormat.PackBytes || i == plans.Count - 1)
            {
                files.Add(new SearchFile(SearchFormat.TextPackPath(planCounts.Count), pack.ToArray()));
                planCounts.Add(inPack);
                pack.SetLength(0);
                inPack = 0;
            }
        }

        files.Add(new SearchFile(SearchFormat.PlansPath, SearchFormat.Deflate(table.ToArray())));
        return planCounts;
    }

    private static byte[] PlanBlock(SearchPlanGroup plan)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("u", plan.Url);
            json.WriteString("t", plan.Title);
            json.WriteString("b", plan.Bureau);
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
        }

        return buffer.ToArray();
    }

    /// <summary>Only pairs whose simplified char occurs in the index: a query char that folds elsewhere cannot match.</summary>
    private static string FoldPairs(PostingAccumulator accumulator)
    {
        var pairs = new StringBuilder();
        for (int i = 0; i < FoldTable.Count; i++)
        {
            if (accumulator.HasHan(FoldTable.Simplified[i]))
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

    private static byte[] Manifest(string id, int units, int plans, double averageLength, int shards, int postingPacks, List<int> textPackPlanCounts, SearchFacets facets)
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
            json.WriteNumber("postingPacks", postingPacks);
            json.WriteStartArray("textPacks");
            foreach (int count in textPackPlanCounts)
            {
                json.WriteNumberValue(count);
            }

            json.WriteEndArray();
            facets.WriteJson(json);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
