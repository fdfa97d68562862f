using StaticPlans.Diagnostics;

namespace StaticPlans.Serve;

/// <summary>
/// What the preview server shows at one moment: the files of the last build that succeeded, plus the problems of
/// the latest build (which may have failed; then the files are still the last good ones).
/// </summary>
/// <param name="Files">Output path ("plans/2024/x/index.html") → bytes; never read from disk at request time.</param>
/// <param name="BasePath">Where the site lives on the server, from base_url: "/" or "/plans/".</param>
/// <param name="Version">Goes up by one on every rebuild, failed or not, so open tabs know to reload.</param>
public sealed record PreviewSite(
    IReadOnlyDictionary<string, byte[]> Files,
    string BasePath,
    IReadOnlyList<Diagnostic> Diagnostics,
    int Version)
{
    public static PreviewSite Empty { get; } = new(new Dictionary<string, byte[]>(), "/", [], 0);

    public IReadOnlyList<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
}
