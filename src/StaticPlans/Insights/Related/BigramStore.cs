using System.Buffers;
using StaticPlans.Threading;

namespace StaticPlans.Insights.Related;

/// <summary>
/// Every section's bigram set (<see cref="BigramSets.Of"/>), packed one after another into a few large arrays.
/// </summary>
/// <remarks>
/// One small array per section was 227,000 arrays and 122 MB at 10,000 plans, all alive through the whole similarity
/// search: each was copied by the collector twice on its way to the old generation, dropping the common bigrams made
/// a second, shorter copy of most of them, and all of it was left there as garbage for a full collection. Chunks of <see cref="ChunkLength"/> values
/// go to the large object heap, which the collector neither copies nor promotes. Where a set lands depends on which
/// thread made it, but it is only ever read back by section index, so nothing downstream can tell.
/// </remarks>
internal sealed class BigramStore
{
    /// <summary>4 MB a chunk: far above the large object threshold (85,000 bytes), and a thread's unused tail stays small.</summary>
    private const int ChunkLength = 1 << 20;

    private readonly List<uint[]> _chunks = [];
    private readonly int[] _chunk;
    private readonly int[] _start;
    private readonly int[] _length;

    private BigramStore(int count)
    {
        _chunk = new int[count];
        _start = new int[count];
        _length = new int[count];
    }

    public int Count => _length.Length;

    /// <summary>The bigram set of section <paramref name="i"/>, sorted and distinct.</summary>
    public ReadOnlySpan<uint> this[int i] => Edit(i);

    /// <summary>The sets of <paramref name="texts"/>, made in parallel.</summary>
    public static BigramStore Of(IReadOnlyList<string> texts, CancellationToken cancel = default)
    {
        var store = new BigramStore(texts.Count);
        Parallel.For(0, texts.Count, ParallelWork.Options(cancel),
            () => new Writer(store),
            (i, _, writer) =>
            {
                writer.Add(i, texts[i]);
                return writer;
            },
            _ => { });
        return store;
    }

    /// <summary>Set <paramref name="i"/>, to be changed in place (and then cut with <see cref="Truncate"/>).</summary>
    public Span<uint> Edit(int i) => _length[i] == 0 ? [] : _chunks[_chunk[i]].AsSpan(_start[i], _length[i]);

    /// <summary>Keeps the first <paramref name="length"/> values of set <paramref name="i"/>.</summary>
    public void Truncate(int i, int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, _length[i]);
        _length[i] = length;
    }

    private int AddChunk(uint[] chunk)
    {
        lock (_chunks)
        {
            _chunks.Add(chunk);
            return _chunks.Count - 1;
        }
    }

    /// <summary>One thread's current chunk: sets are appended to it without a lock until it is full.</summary>
    private sealed class Writer(BigramStore store)
    {
        private uint[] _chunk = [];
        private int _chunkIndex = -1;
        private int _used;

        public void Add(int section, string text)
        {
            var buffer = ArrayPool<uint>.Shared.Rent(Math.Max(text.Length - 1, 1));
            var count = BigramSets.Of(text, buffer);
            if (count == 0)
            {
                ArrayPool<uint>.Shared.Return(buffer);
                return;
            }
            if (count > _chunk.Length - _used)
            {
                _chunk = new uint[Math.Max(ChunkLength, count)];
                _chunkIndex = store.AddChunk(_chunk);
                _used = 0;
            }
            buffer.AsSpan(0, count).CopyTo(_chunk.AsSpan(_used));
            ArrayPool<uint>.Shared.Return(buffer);
            // Each section is written by one thread only, and the arrays are read after Parallel.For has joined.
            store._chunk[section] = _chunkIndex;
            store._start[section] = _used;
            store._length[section] = count;
            _used += count;
        }
    }
}
