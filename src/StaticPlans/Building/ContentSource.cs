namespace StaticPlans.Building;

/// <summary>Where plans and static files are in a site folder.</summary>
public static class ContentSource
{
    public const string PlansFolder = "content/plans";
    public const string StaticFolder = "static";

    /// <summary>Every plan file, as site-relative paths with forward slashes, in ordinal order.</summary>
    public static IReadOnlyList<string> PlanFiles(string siteRoot)
    {
        var dir = Path.Combine(siteRoot, PlansFolder);
        if (!Directory.Exists(dir)) return [];
        return Directory.EnumerateFiles(dir, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(siteRoot, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<string> StaticFiles(string siteRoot)
    {
        var dir = Path.Combine(siteRoot, StaticFolder);
        if (!Directory.Exists(dir)) return [];
        return Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }
}
