using System.Collections.Frozen;
using StaticPlans.Building;
using StaticPlans.Diagnostics;
using StaticPlans.Loading;

namespace StaticPlans.Serve;

/// <summary>
/// Turns the site folder into a <see cref="PreviewSite"/>. Every rebuild goes through <see cref="Rebuild"/>, which is
/// told what changed: today it regenerates the whole site in memory; an incremental builder can use the paths later.
/// </summary>
public sealed class PreviewBuilder(string sourceDir, bool drafts = true)
{
    private readonly Lock _lock = new();
    private PreviewSite _current = PreviewSite.Empty;

    public PreviewSite Current
    {
        get { lock (_lock) return _current; }
    }

    private readonly IncrementalBuilder _incremental = new(new BuildOptions(sourceDir, Path.Combine(sourceDir, "public"), Drafts: drafts));

    /// <summary>True after an edit was applied incrementally: search, cross-year links and open data await a full rebuild.</summary>
    public bool NeedsRefresh { get; private set; }

    /// <param name="changedPaths">Site-relative paths that changed since the last rebuild (empty for a full build).</param>
    public PreviewSite Rebuild(IReadOnlyCollection<string> changedPaths)
    {
        // An edit of existing plans re-renders only the pages they appear on; anything else rebuilds the whole site.
        var update = _incremental.TryUpdate(changedPaths);
        NeedsRefresh = update is { Succeeded: true };
        var result = update ?? _incremental.Full();
        lock (_lock)
        {
            var previous = _current;
            _current = result.Succeeded
                ? new PreviewSite(result.Files.ToFrozenDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal),
                    BasePathOf(sourceDir) ?? previous.BasePath, result.Diagnostics, previous.Version + 1)
                : previous with { Diagnostics = result.Diagnostics, Version = previous.Version + 1 };
            return _current;
        }
    }

    private static string? BasePathOf(string sourceDir) =>
        SiteConfigLoader.Load(sourceDir, new List<Diagnostic>()) is { } config ? config.BasePath : null;
}
