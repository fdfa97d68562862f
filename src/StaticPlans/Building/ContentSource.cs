using StaticPlans.Diagnostics;
namespace StaticPlans.Building;

/// <summary>Where plans and static files are in a site folder.</summary>
public static class ContentSource
{
    private const string PlansFolder = Loading.SiteInputs.PlansFolder;
    private const string StaticFolder = Loading.SiteInputs.StaticFolder;

    /// <summary>Every plan file, as site-relative paths with forward slashes, in ordinal order.</summary>
    public static IReadOnlyList<string> PlanFiles(string siteRoot)
    {
        var dir = Path.Combine(siteRoot, PlansFolder);
        if (!Directory.Exists(dir)) return [];
        // Exactly ".md": file systems that ignore case would otherwise read x.MD on Windows and not on Linux.
        return Directory.EnumerateFiles(dir, "*.md", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(siteRoot, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Markdown files under content/ that are not read as plans (x.MD, x.markdown, content/foo.md), each with what to
    /// do: left unread without a word, an editor would wait for a page that never comes.
    /// </summary>
    public static IReadOnlyList<(string Path, string Advice)> UnreadMarkdown(string siteRoot)
    {
        var dir = Path.Combine(siteRoot, Loading.SiteInputs.ContentFolder);
        if (!Directory.Exists(dir)) return [];
        var result = new List<(string, string)>();
        foreach (var full in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            var extension = Path.GetExtension(full);
            if (!extension.Equals(".md", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase)) continue;
            var relative = Path.GetRelativePath(siteRoot, full).Replace('\\', '/');
            var inPlans = relative.StartsWith(PlansFolder + "/", StringComparison.Ordinal);
            if (inPlans && extension == ".md") continue;
            var renamed = Path.GetFileNameWithoutExtension(relative) + ".md";
            result.Add((relative, inPlans
                ? Messages.Text("SP0117.case", ("name", renamed))
                : Messages.Text("SP0117.folder", ("plans", PlansFolder), ("name", renamed))));
        }
        return result.OrderBy(r => r.Item1, StringComparer.Ordinal).ToList();
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
