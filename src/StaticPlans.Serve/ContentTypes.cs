using Microsoft.AspNetCore.StaticFiles;

namespace StaticPlans.Serve;

/// <summary>
/// Content types of the files a StaticPlans site contains: ASP.NET Core's table, which knows every type a site writes
/// (.html, .css, .js, .json, .xml, .csv, .svg, .bin, images, fonts, PDF); an unknown type (an .ofd attachment) is
/// sent as bytes. Text is UTF-8 throughout, and saying so keeps a browser from guessing another encoding.
/// </summary>
public static class ContentTypes
{
    public static FileExtensionContentTypeProvider Provider { get; } = new();

    public static string For(string path)
    {
        if (!Provider.TryGetContentType(path, out var type)) return "application/octet-stream";
        return IsText(type) ? type + "; charset=utf-8" : type;
    }

    private static bool IsText(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/xml" or "application/manifest+json";
}
