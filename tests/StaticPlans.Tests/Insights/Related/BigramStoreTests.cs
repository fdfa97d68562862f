using StaticPlans.Insights.Related;

namespace StaticPlans.Tests.Insights.Related;

public sealed class BigramStoreTests
{
    private static uint[] AloneOf(string text)
    {
        var buffer = new uint[Math.Max(text.Length - 1, 1)];
        return buffer[..BigramSets.Of(text, buffer)];
    }

    [Fact]
    public void Every_section_reads_back_its_own_set_across_chunks_and_beside_sections_without_bigrams()
    {
        // Enough distinct text to fill several 4 MB chunks on each thread, with empty and one-character sections
        // between: each must read back exactly the set it would have on its own.
        var texts = new List<string>();
        var random = new Random(7);
        for (var i = 0; i < 1200; i++)
        {
            texts.Add(i % 7 == 0 ? "" : i % 11 == 0 ? "学" : new string([.. Enumerable.Range(0, 4000).Select(_ => (char)('\u4E00' + random.Next(3000)))]));
        }
        var store = BigramStore.Of(texts);
        Assert.Equal(texts.Count, store.Count);
        Assert.True(texts.Sum(t => AloneOf(t).Length) > 3 * (1 << 20), "the texts should need more than three chunks");
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(AloneOf(texts[i]), store[i].ToArray());
        }
    }

    [Fact]
    public void A_set_cut_in_place_keeps_its_first_values_and_leaves_its_neighbours_alone()
    {
        var store = BigramStore.Of(["教育局工作计划", "义务教育均衡发展", "校园安全"]);
        var before = Enumerable.Range(0, 3).Select(i => store[i].ToArray()).ToArray();
        var middle = store.Edit(1);
        middle[0] = middle[^1];
        store.Truncate(1, 1);
        Assert.Equal([before[1][^1]], store[1].ToArray());
        Assert.Equal(before[0], store[0].ToArray());
        Assert.Equal(before[2], store[2].ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => store.Truncate(2, before[2].Length + 1));
    }
}
