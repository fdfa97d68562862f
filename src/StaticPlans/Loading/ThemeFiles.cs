using System.Reflection;

namespace StaticPlans.Loading;

/// <summary>
/// The theme's files as one tree of relative paths ("layouts/plan.html", "assets/site.css", "strings.yml").
/// Lookup order: the site's own layouts/ and assets/, then themes/NAME/ in the site, then the default theme
/// built into the tool, so a site with only site.yml and content/ still builds.
/// </summary>
public sealed class ThemeFiles
{
    private const string EmbeddedPrefix = "theme/default/";

    private static readonly Assembly Self = typeof(ThemeFiles).Assembly;

    // Resource names by theme path with '/': the project names them with %(RecursiveDir), which has '\' when the
    // tool is built on Windows (theme/default/layouts\partials\meta.html).
    private static readonly Dictionary<string, string> Embedded = Self.GetManifestResourceNames()
        .Select(n => (Path: n.Replace('\\', '/'), Name: n))
        .Where(n => n.Path.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
        .ToDictionary(n => n.Path[EmbeddedPrefix.Length..], n => n.Name, StringComparer.Ordinal);

    private readonly string _siteRoot;
    private readonly string _themeDir;
    private readonly bool _useEmbedded;

    public ThemeFiles(string siteRoot, string themeName)
    {
        _siteRoot = siteRoot;
        ThemeName = themeName;
        _themeDir = Path.Combine(siteRoot, "themes", themeName);
        _useEmbedded = themeName == "default";
        Exists = Directory.Exists(_themeDir) || _useEmbedded;
    }

    /// <summary>A site's own stylesheet, linked after the theme's: small changes without a copy of base.html.</summary>
    public const string CustomCss = "assets/custom.css";

    public string ThemeName { get; }
    public bool Exists { get; }

    /// <summary>Where a theme file comes from, as an editor would look for it.</summary>
    public string DisplayPath(string relative)
    {
        if (SiteOverride(relative) is { } site && File.Exists(site)) return Relative(site);
        var themed = Path.Combine(_themeDir, relative);
        if (File.Exists(themed)) return Relative(themed);
        return $"(built-in theme)/{relative}";
    }

    public byte[]? ReadBytes(string relative)
    {
        foreach (var path in DiskCandidates(relative))
        {
            if (File.Exists(path)) return File.ReadAllBytes(path);
        }
        if (!_useEmbedded) return null;
        if (!Embedded.TryGetValue(relative, out var resource)) return null;
        using var stream = Self.GetManifestResourceStream(resource);
        if (stream is null) return null;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public string? ReadText(string relative) => ReadBytes(relative) is { } b ? System.Text.Encoding.UTF8.GetString(b).TrimStart('\uFEFF') : null;

    /// <summary>Every relative path under <paramref name="folder"/> (e.g. "layouts/"), from all layers, sorted ordinally.</summary>
    public IReadOnlyList<string> List(string folder)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var root in new[] { _siteRoot, _themeDir })
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
                found.Add(folder + Path.GetRelativePath(dir, file).Replace('\\', '/'));
        }
        if (_useEmbedded)
        {
            foreach (var path in Embedded.Keys)
            {
                if (path.StartsWith(folder, StringComparison.Ordinal)) found.Add(path);
            }
        }
        return found.ToList();
    }

    /// <summary>Every file of the default theme built into the tool (layouts/, assets/, strings.yml), sorted ordinally.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> BuiltIn()
    {
        var files = new List<(string, byte[])>();
        foreach (var (path, name) in Embedded.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            using var stream = Self.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files.Add((path, buffer.ToArray()));
        }
        return files;
    }

    private IEnumerable<string> DiskCandidates(string relative)
    {
        if (SiteOverride(relative) is { } site) yield return site;
        yield return Path.Combine(_themeDir, relative);
    }

    private string? SiteOverride(string relative) =>
        relative.StartsWith("layouts/", StringComparison.Ordinal) || relative.StartsWith("assets/", StringComparison.Ordinal)
            ? Path.Combine(_siteRoot, relative)
            : null;

    private string Relative(string path) => Path.GetRelativePath(_siteRoot, path).Replace('\\', '/');
}
