using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace StaticPlans.Insights;

/// <summary>
/// A read-only dictionary whose enumeration follows the ordinal order of its keys, so callers that iterate it
/// get the same order on every run (a plain Dictionary promises no order).
/// </summary>
public sealed class OrdinalMap<TValue> : IReadOnlyDictionary<string, TValue>
{
    private readonly Dictionary<string, TValue> _lookup;
    private readonly string[] _orderedKeys;

    public OrdinalMap(IEnumerable<KeyValuePair<string, TValue>> pairs)
    {
        _lookup = new Dictionary<string, TValue>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            _lookup.Add(key, value);
        }
        _orderedKeys = [.. _lookup.Keys];
        Array.Sort(_orderedKeys, StringComparer.Ordinal);
    }

    public TValue this[string key] => _lookup[key];

    public IEnumerable<string> Keys => _orderedKeys;

    public IEnumerable<TValue> Values => _orderedKeys.Select(k => _lookup[k]);

    public int Count => _orderedKeys.Length;

    public bool ContainsKey(string key) => _lookup.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value) => _lookup.TryGetValue(key, out value);

    /// <summary>The value of a key held as characters, without making it a string.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, [MaybeNullWhen(false)] out TValue value) =>
        _lookup.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() =>
        _orderedKeys.Select(k => new KeyValuePair<string, TValue>(k, _lookup[k])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
