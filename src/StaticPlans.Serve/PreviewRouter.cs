namespace StaticPlans.Serve;

/// <summary>What to answer to one request; decided without touching the disk.</summary>
public abstract record PreviewResponse
{
    public sealed record Found(string OutputPath, byte[] Bytes, string ContentType) : PreviewResponse;
    public sealed record Redirect(string Location) : PreviewResponse;
    public sealed record NotFound(byte[]? Page) : PreviewResponse;
    public sealed record Rejected : PreviewResponse;
    public sealed record Events : PreviewResponse;
}

/// <summary>
/// Maps a request path to a file of the in-memory site. Anything that looks like a way out of the site (dot segments,
/// backslashes, encoded slashes or dots, NUL) is rejected before lookup, whether or not the server already normalised it;
/// and lookup only ever reads the in-memory file set, so even a path that slipped through could not reach the disk.
/// </summary>
public static class PreviewRouter
{
    public const string EventsPath = "/__staticplans/events";

    /// <param name="rawTarget">The request target exactly as the client sent it (before any decoding or normalising).</param>
    /// <param name="path">The decoded path the server resolved.</param>
    public static PreviewResponse Route(PreviewSite site, string rawTarget, string path)
    {
        if (IsSuspicious(rawTarget) || IsSuspicious(path)) return new PreviewResponse.Rejected();
        if (path == EventsPath) return new PreviewResponse.Events();
        var basePath = site.BasePath;
        if (path == "/" && basePath != "/") return new PreviewResponse.Redirect(basePath);
        if (path + "/" == basePath) return new PreviewResponse.Redirect(basePath);
        if (!path.StartsWith(basePath, StringComparison.Ordinal)) return NotFound(site);
        var relative = path[basePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        if (site.Files.TryGetValue(relative, out var bytes)) return new PreviewResponse.Found(relative, bytes, ContentTypes.For(relative));
        if (site.Files.ContainsKey(relative + "/index.html")) return new PreviewResponse.Redirect(path + "/");
        return NotFound(site);
    }

    private static PreviewResponse NotFound(PreviewSite site) =>
        new PreviewResponse.NotFound(site.Files.TryGetValue("404.html", out var page) ? page : null);

    private static bool IsSuspicious(string target)
    {
        var query = target.IndexOf('?');
        var path = query >= 0 ? target[..query] : target;
        if (!path.StartsWith('/')) return true;
        if (path.Contains('\\') || path.Contains('\0')) return true;
        if (path.Contains("%2e", StringComparison.OrdinalIgnoreCase) || path.Contains("%2f", StringComparison.OrdinalIgnoreCase)
            || path.Contains("%5c", StringComparison.OrdinalIgnoreCase) || path.Contains("%00", StringComparison.Ordinal)
            || path.Contains("%25", StringComparison.Ordinal)) return true;
        return path.Split('/').Any(segment => segment is "." or "..");
    }
}
