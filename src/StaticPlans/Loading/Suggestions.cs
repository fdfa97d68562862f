using StaticPlans.Diagnostics;
namespace StaticPlans.Loading;

/// <summary>"Did you mean …" for misspelt keys, kinds and topics.</summary>
public static class Suggestions
{
    public static string? Closest(string input, IEnumerable<string> candidates, int maxDistance = 2)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance || (d == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.Min(maxDistance, Math.Max(1, input.Length / 2)) ? best : null;
    }

    public static string DidYouMean(string? suggestion) => suggestion is null ? "" : Messages.Text("did_you_mean", ("suggestion", suggestion));

    /// <summary>The message <paramref name="messageId"/> for a key that is none of <paramref name="known"/>, with the closest known key suggested.</summary>
    public static string UnknownKey(string messageId, string key, IReadOnlyList<string> known) =>
        Messages.Text(messageId, ("key", key), ("suggestion", DidYouMean(Closest(key, known))));

    /// <summary>Damerau (adjacent transposition) edit distance: 'titel' is one step from 'title'.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
