using StaticPlans.Search;

namespace StaticPlans.Tests.Search;

public class PostingSegmentTests
{
    [Fact]
    public void Phrase_positions_read_from_every_posting_layout_bring_the_exact_phrase_plans_to_the_first_page()
    {
        // 400 newer plans hold 校园, 园安 and 安全 apart, at varying positions, in one of their 3 to 9 sections;
        // 10 older, longer plans hold 校园安全. Only the positions tell the phrase plans apart before any text is
        // read: read wrong, the first page (10 plans) would be the newer, better-scoring plans without the phrase.
        var random = new Random(15);
        var units = new List<SearchUnit>();
        for (var i = 0; i < 400; i++)
        {
            int sections = 3 + random.Next(7), holder = random.Next(sections);
            for (var s = 0; s < sections; s++)
            {
                var text = s == holder ? new string('甲', random.Next(12)) + "园安置在校园的安全区" + new string('丁', random.Next(30)) : "其他工作";
                units.Add(SearchTestSite.Unit($"n{i:D3}", 2024, s == 0 ? null : $"s{s}", "工作", text));
            }
        }

        for (var i = 0; i < 10; i++)
        {
            units.Add(SearchTestSite.Unit($"o{i:D3}", 2000, null, "工作", new string('乙', 40 + random.Next(12)) + "加强校园安全管理" + new string('丙', 60)));
        }

        var (files, reader) = SearchTestSite.Build(units);

        var modes = SegmentModes(files);
        Assert.Contains(modes, m => (m & PostingSegment.Split) != 0);
        Assert.Contains(modes, m => (m & PostingSegment.Split) == 0);
        var results = reader.Search(new SearchQuery("校园安全"));
        Assert.Equal(410, results.TotalPlans);
        Assert.All(results.Plans, p => Assert.StartsWith("plans/2000/o", p.Url, StringComparison.Ordinal));
        Assert.Equal(10, results.Plans.Count);
    }

    /// <summary>The layout (mode) of every non-empty posting segment, read from the dictionary shards.</summary>
    private static List<int> SegmentModes(IReadOnlyList<SearchFile> files)
    {
        var modes = new List<int>();
        foreach (var shard in files.Where(f => f.Path.StartsWith("search/dict/", StringComparison.Ordinal)))
        {
            var bytes = SearchFormat.Inflate(shard.Bytes);
            var at = 0;
            var count = SearchFormat.ReadVarint(bytes, ref at);
            SearchFormat.ReadVarint(bytes, ref at); // first pack
            SearchFormat.ReadVarint(bytes, ref at); // first offset
            for (ulong i = 0; i < count; i++)
            {
                var termLength = (int)SearchFormat.ReadVarint(bytes, ref at);
                at += termLength;
                SearchFormat.ReadVarint(bytes, ref at); // df
                foreach (var field in new[] { SearchFormat.ReadVarint(bytes, ref at), SearchFormat.ReadVarint(bytes, ref at) })
                {
                    if (field >> 2 > 0)
                    {
                        modes.Add((int)(field & 3));
                    }
                }
            }
        }

        return modes;
    }
}
