namespace StaticPlans.Loading;

/// <summary>What may become one URL path segment: no traversal, no encoding surprises on any static server.</summary>
public static class SlugRules
{
    public static bool IsSafe(string slug) =>
        slug.Length is > 0 and <= 100
        && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' || char.IsAsciiLetterUpper(c))
        && slug[0] != '.' && slug[0] != '-'
        && !slug.Contains("..", StringComparison.Ordinal);
}
