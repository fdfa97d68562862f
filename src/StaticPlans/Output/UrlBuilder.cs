using StaticPlans.Model;

namespace StaticPlans.Output;

/// <summary>
/// The one place URLs are made. Site paths ("plans/2024/x/") never start with '/'; every link a page prints
/// carries the base path, so the site works under https://host/any/path/ and from an intranet folder alike.
/// </summary>
public sealed class UrlBuilder(SiteConfig config)
{
    public string BasePath { get; } = config.BasePath;

    public string Path(string sitePath) => BasePath + sitePath.TrimStart('/');

    public string Absolute(string sitePath) => new Uri(config.BaseUrl, sitePath.TrimStart('/')).AbsoluteUri;

    public static string Plan(Plan plan) => plan.Path;
    public static string Year(int year) => $"years/{year}/";
    public static string Topic(string slug) => $"topics/{slug}/";
    public static string Kind(string kind) => $"kinds/{kind}/";

    /// <summary>A link written in content as "/plans/2024/x/#s1" means the site root, not the server root.</summary>
    public string RewriteContentLink(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? Path(url) : url;

    /// <summary>The file a site path is written to: directories get index.html.</summary>
    public static string FileFor(string sitePath) => sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
}
