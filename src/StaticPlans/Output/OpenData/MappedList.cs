using System.Collections;

namespace StaticPlans.Output.OpenData;

/// <summary>
/// A read-only list whose items are made from another list's when they are read. The open-data files visit
/// each of 900,000 figures once (at 10,000 plans): mapping them as they are written keeps them out of memory.
/// </summary>
internal sealed class MappedList<TSource, T>(IReadOnlyList<TSource> source, Func<TSource, T> map) : IReadOnlyList<T>
{
    public int Count => source.Count;

    public T this[int index] => map(source[index]);

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var item in source) yield return map(item);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
