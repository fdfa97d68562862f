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

    /// <param name="changedPaths">Site-relative paths that changed since the last rebuild (empty for the first build).</param>
    public PreviewSite Rebuild(IReadOnlyCollection<string> changedPaths)
    {
        var result = SiteBuilder.Generate(new BuildOptions(sourceDir, Path.Combine(sourceDir, "public"), Drafts: drafts));
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
