using StaticPlans.Diagnostics;
namespace StaticPlans.Loading;

/// <summary>
/// What may become one URL path segment: no traversal, no encoding surprises on any static server, and a folder
/// name every file system keeps as written (the built site is often copied to a Windows share).
/// </summary>
public static class SlugRules
{
    public static bool IsSafe(string slug) => Problem(slug) is null;

    /// <summary>Why <paramref name="slug"/> cannot be a folder of the site, or null when it can.</summary>
    public static string? Problem(string slug)
    {
        var segment = slug.Length is > 0 and <= 100
            && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' || char.IsAsciiLetterUpper(c))
            && slug[0] != '.' && slug[0] != '-'
            && !slug.Contains("..", StringComparison.Ordinal);
        if (!segment) return Messages.Text("slug.segment");
        if (slug.EndsWith('.')) return Messages.Text("slug.dot");
        if (IsWindowsDeviceName(slug))
            return Messages.Text("slug.device");
        return null;
    }

    /// <summary>CON, NUL, COM1 … are reserved in any case and with any extension ("nul.txt" is the device too).</summary>
    private static bool IsWindowsDeviceName(string slug)
    {
        var stem = slug.Split('.', 2)[0].ToLowerInvariant();
        if (stem is "con" or "prn" or "aux" or "nul") return true;
        return stem.Length == 4 && (stem.StartsWith("com", StringComparison.Ordinal) || stem.StartsWith("lpt", StringComparison.Ordinal))
            && stem[3] is >= '0' and <= '9';
    }
}
