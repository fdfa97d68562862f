namespace StaticPlans.Building;

/// <summary>What the prepare step reads: the site folder and how to read it. Names no output folder.</summary>
/// <param name="SourceDir">The site folder: site.yml, content/, optional layouts/, assets/, static/, themes/.</param>
/// <param name="BaseUrl">Overrides site.yml base_url (e.g. for a preview under another host).</param>
public sealed record SiteOptions(string SourceDir, string? BaseUrl = null, bool Drafts = false)
{
    /// <summary>Optional: follows the build's stages and counts, for a progress display.</summary>
    public BuildProgress? Progress { get; init; }
}
