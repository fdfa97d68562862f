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
    public IReadOnlyList<string> Tag(string text)
    {
        var folded = TextFolding.Fold(text);
        List<string>? found = null;
        foreach (var (slug, keywords) in _topics)
        {
            foreach (var keyword in keywords)
            {
                if (!folded.Contains(keyword, StringComparison.Ordinal)) continue;
                (found ??= []).Add(slug);
                break;
            }
        }
        return found ?? (IReadOnlyList<string>)[];
    }

    /// <summary>The first place in <paramref name="text"/> where a keyword of the topic occurs, or -1.</summary>
    public int FirstMatch(string slug, string text)
    {
        var folded = TextFolding.Fold(text);
        var keywords = _topics.FirstOrDefault(t => t.Slug == slug).Keywords ?? [];
        var best = -1;
        foreach (var k in keywords)
        {
            var i = folded.IndexOf(k, StringComparison.Ordinal);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        // Folding keeps one char per char for CJK, so the offset is usable in the original text.
        return folded.Length == text.Length ? best : (best >= 0 ? 0 : -1);
    }
}
