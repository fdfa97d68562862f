using System.Buffers;
using StaticPlans.Text;

namespace StaticPlans.Model;

/// <summary>Finds topic keywords in text, treating traditional and simplified characters as the same.</summary>
public sealed class TopicTagger
{
    private readonly (string Slug, string[] Keywords)[] _topics;

    public TopicTagger(IEnumerable<TopicDefinition> topics)
    {
        _topics = topics.Select(t => (t.Slug, t.Keywords.Select(TextFolding.Fold).Where(k => k.Length > 0).Distinct().ToArray())).ToArray();
    }

    /// <summary>Slugs in site.yml order.</summary>
    public IReadOnlyList<string> Tag(string text) => Tag(text, null);

    /// <summary>
    /// The topics of <paramref name="text"/>, or of it and <paramref name="more"/> on the next line (a heading and its
    /// section's text), in site.yml order.
    /// </summary>
    /// <remarks>
    /// Folded into a pooled buffer, not a new string: every section's text and every sentence with a figure is tagged
    /// (about 25 MB of folded copies per 1,000 plans). Text that needs whole-string normalisation takes Fold's way.
    /// </remarks>
    public IReadOnlyList<string> Tag(string text, string? more)
    {
        var length = more is null ? text.Length : text.Length + 1 + more.Length;
        var buffer = ArrayPool<char>.Shared.Rent(length);
        try
        {
            var folded = buffer.AsSpan(0, length);
            var done = TextFolding.TryFold(text, folded);
            if (done && more is not null)
            {
                folded[text.Length] = TextFolding.FoldChar('\n');
                done = TextFolding.TryFold(more, folded[(text.Length + 1)..]);
            }
            return done ? Match(folded) : Match(TextFolding.Fold(more is null ? text : text + "\n" + more));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private IReadOnlyList<string> Match(ReadOnlySpan<char> folded)
    {
        if (_topics.Length > 64) return MatchList(folded);
        ulong found = 0;
        for (var t = 0; t < _topics.Length; t++)
        {
            foreach (var keyword in _topics[t].Keywords)
            {
                if (folded.IndexOf(keyword, StringComparison.Ordinal) < 0) continue;
                found |= 1UL << t;
                break;
            }
        }
        if (found == 0) return [];
        // The slugs are in site.yml order, so the set decides the list: one shared copy of each set found
        // (every section and every sentence with a figure is tagged; a site has a few dozen distinct sets).
        return _lists.TryGetValue(found, out var list) ? list : _lists.GetOrAdd(found, ListOf);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<ulong, IReadOnlyList<string>> _lists = new();

    private IReadOnlyList<string> ListOf(ulong set)
    {
        var slugs = new List<string>();
        for (var t = 0; t < _topics.Length; t++)
        {
            if ((set & 1UL << t) != 0) slugs.Add(_topics[t].Slug);
        }
        return slugs.AsReadOnly();
    }

    private List<string> MatchList(ReadOnlySpan<char> folded)
    {
        List<string> found = [];
        foreach (var (slug, keywords) in _topics)
        {
            foreach (var keyword in keywords)
            {
                if (folded.IndexOf(keyword, StringComparison.Ordinal) < 0) continue;
                found.Add(slug);
                break;
            }
        }
        return found;
    }

    /// <summary>
    /// Whether a keyword of the topic holds a space or a line break (once folded): only then can replacing a text's line
    /// breaks with spaces change where <see cref="FirstMatch"/> finds it.
    /// </summary>
    public bool HasKeywordWithSpace(string slug)
    {
        var space = TextFolding.FoldChar(' ');
        var lineBreak = TextFolding.FoldChar('\n');
        foreach (var k in KeywordsOf(slug))
        {
            if (k.Contains(space) || k.Contains(lineBreak)) return true;
        }
        return false;
    }

    private string[] KeywordsOf(string slug)
    {
        foreach (var (s, keywords) in _topics)
        {
            if (s == slug) return keywords;
        }
        return [];
    }

    /// <summary>The first place in <paramref name="text"/> where a keyword of the topic occurs, or -1.</summary>
    public int FirstMatch(string slug, string text)
    {
        var keywords = KeywordsOf(slug);
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var pooled = buffer.AsSpan(0, text.Length);
            ReadOnlySpan<char> folded = TextFolding.TryFold(text, pooled) ? pooled : TextFolding.Fold(text);
            var best = -1;
            foreach (var k in keywords)
            {
                var i = folded.IndexOf(k, StringComparison.Ordinal);
                if (i >= 0 && (best < 0 || i < best)) best = i;
            }
            // Folding keeps one char per char for CJK, so the offset is usable in the original text.
            return folded.Length == text.Length ? best : (best >= 0 ? 0 : -1);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
