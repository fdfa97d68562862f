namespace StaticPlans.Bench.CorpusGenerator;

/// <summary>
/// SplitMix64. Our own generator rather than System.Random so that the corpus stays byte-identical
/// across .NET versions, and each plan gets an independent stream (plans can be generated in parallel).
/// </summary>
internal struct Prng
{
    private ulong _state;

    public Prng(ulong seed) => _state = seed;

    public static Prng ForPlan(ulong corpusSeed, int planIndex) =>
        new(corpusSeed ^ (0x9E3779B97F4A7C15UL * (ulong)(planIndex + 1)));

    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform integer in [min, max] (inclusive).</summary>
    public int Between(int min, int max) => min + (int)(NextUInt64() % (ulong)(max - min + 1));

    public T Pick<T>(IReadOnlyList<T> items) => items[(int)(NextUInt64() % (ulong)items.Count)];

    public bool Chance(int percent) => Between(1, 100) <= percent;
}
