using StaticPlans.Diagnostics;
using StaticPlans.Loading;
using StaticPlans.Model;
using StaticPlans.Rendering.Pages;

namespace StaticPlans.Building;

/// <summary>
/// Checks links written in content against the pages the build makes (the page registry, <see cref="PageKinds"/>)
/// and the static files: a link to a plan, year or topic page that will not exist is an error, a missing image is an
/// error, a missing heading anchor is a warning.
/// </summary>
public sealed class LinkChecker
{
    private readonly Site _site;
    private readonly HashSet<string> _listings = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string> _staticFiles;

    // Plans and their anchors are looked up in the site when a link names them, not gathered up front (the registry
    // lists every other page): serve checks one edited plan against ten thousand, and gathering every plan's anchors
    // would cost more than the check.
    public LinkChecker(Site site, IReadOnlySet<string> staticFiles)
    {
        _site = site;
        _staticFiles = staticFiles;
        _listings.UnionWith(PageKinds.ListedPaths(site));
    }

    public LinkChecker(Site site, IEnumerable<string> staticFiles) : this(site, staticFiles.ToHashSet(StringComparer.Ordinal))
    {
    }

    private bool IsPage(string page) => _listings.Contains(page) || PageKinds.IsLookedUpPage(_site, page);

    public void Check(Plan plan, ICollection<Diagnostic> diagnostics)
    {
        foreach (var link in plan.Links)
        {
            var (url, line, column) = (link.Url, link.Line, link.Column);
            if (url.StartsWith('#'))
            {
                CheckAnchor(plan.Path, url[1..], plan.SourcePath, line, column, diagnostics);
                continue;
            }
            if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)) continue;
            var hash = url.IndexOf('#');
            var path = (hash >= 0 ? url[..hash] : url).TrimStart('/');
            var query = path.IndexOf('?');
            if (query >= 0) path = path[..query];
            path = Uri.UnescapeDataString(path);
            if (link.IsImage || !IsPagePath(path))
            {
                if (!_staticFiles.Contains(path) && (link.IsImage || !_listings.Contains(path)))
                    diagnostics.Add(Diagnostic.Error(plan.SourcePath, line, column, link.IsImage ? DiagnosticCodes.MissingImage : DiagnosticCodes.BrokenLink,
                        link.IsImage ? Messages.Text("SP0202", ("url", url), ("path", path)) : Messages.Text("SP0201.no_file", ("url", url))));
                continue;
            }
            var page = _listings.Contains(path) || path.Length == 0 || path.EndsWith('/') || path.EndsWith(".xml", StringComparison.Ordinal) || path.EndsWith(".html", StringComparison.Ordinal) ? path : path + "/";
            if (!IsPage(page))
            {
                diagnostics.Add(Diagnostic.Error(plan.SourcePath, line, column, DiagnosticCodes.BrokenLink,
                    Messages.Text("SP0201.no_page", ("url", url), ("suggestion", Hint(page)))));
                continue;
            }
            if (hash >= 0) CheckAnchor(page, url[(hash + 1)..], plan.SourcePath, line, column, diagnostics);
        }
    }

    /// <summary>Whether a link to <paramref name="path"/> must name a page (other links may name a static file).</summary>
    private static bool IsPagePath(string path) =>
        path.Length == 0 || PageKinds.PageFolders.Any(folder => path.StartsWith(folder, StringComparison.Ordinal) || path == folder[..^1]);

    private string Hint(string page)
    {
        var suggestion = Suggestions.Closest(page, _site.Plans.Select(p => p.Path), 4);
        return Suggestions.DidYouMean(suggestion is null ? null : "/" + suggestion);
    }

    private void CheckAnchor(string page, string anchor, string file, int line, int column, ICollection<Diagnostic> diagnostics)
    {
        if (anchor.Length == 0 || _site.PlanAt(page) is not { } target || target.Sections.Any(s => s.Id == anchor)) return;
        var anchors = target.Sections.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        diagnostics.Add(Diagnostic.Warning(file, line, column, DiagnosticCodes.BrokenAnchor,
            anchors.Count == 0
                ? Messages.Text("SP0203.no_headings", ("anchor", anchor), ("page", page))
                : Messages.Text("SP0203.headings", ("anchor", anchor), ("page", page), ("headings", AnchorList(anchors)))));
    }

    private static string AnchorList(HashSet<string> anchors)
    {
        var separator = Messages.Text("list_separator");
        var shown = string.Join(separator, anchors.Order(StringComparer.Ordinal).Take(8).Select(a => "#" + a));
        return anchors.Count > 8 ? shown + separator + "…" : shown;
    }
}
