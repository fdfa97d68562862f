namespace StaticPlans.Building;

/// <param name="SourceDir">The site folder: site.yml, content/, optional layouts/, assets/, static/, themes/.</param>
/// <param name="OutputDir">Replaced whole on success; untouched on failure.</param>
/// <param name="BaseUrl">Overrides site.yml base_url (e.g. for a preview under another host).</param>
/// <param name="Force">Rebuild even when nothing changed since the last build into this output.</param>
public sealed record BuildOptions(string SourceDir, string OutputDir, string? BaseUrl = null, bool Drafts = false, bool Force = false)
{
    /// <summary>Optional: follows the build's stages and counts, for a progress display.</summary>
    public BuildProgress? Progress { get; init; }

    /// <summary>A test seam: how the output writer creates each file (a test makes it fail as a full disk does).</summary>
    internal Func<string, Stream>? CreateOutputFile { get; init; }
    /// <summary>Also write FILE.gz and FILE.br beside each text file (build --compress).</summary>
    public bool Compress { get; init; }

    /// <summary>The part the prepare step reads; the rest is the build step's.</summary>
    public SiteOptions Site => new(SourceDir, BaseUrl, Drafts) { Progress = Progress };
}

/// <summary>
/// How long one stage of the pipeline took, its CPU time and the bytes it allocated, and the managed heap and peak
/// working set when it ended (what --verbose prints, to find a stage that is slow or holds too much).
/// </summary>
/// <param name="Concurrent">The stage ran beside others: its CPU time and allocations are counted in theirs.</param>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, long HeapBytes = 0, long PeakBytes = 0, long AllocatedBytes = 0, TimeSpan Cpu = default,
    bool Concurrent = false);
