using StaticPlans.Diagnostics;
using StaticPlans.Loading;

namespace StaticPlans.Authoring.Scaffolding;

/// <summary>
/// 'staticplans theme export [DIR]': writes the built-in theme's files (layouts/, assets/, strings.yml) into DIR, where
/// a site's own files override the theme's, so a site can change them. Nothing is overwritten: when any of the files
/// exists already, nothing at all is written.
/// </summary>
public static class ThemeExport
{
    /// <returns>The relative paths written, or the reason nothing was written.</returns>
    public static (IReadOnlyList<string> Written, string? Error) Export(string folder)
    {
        var files = ThemeFiles.BuiltIn();
        var existing = files.Where(f => File.Exists(Path.Combine(folder, f.Path)) || Directory.Exists(Path.Combine(folder, f.Path)))
            .Select(f => f.Path).ToList();
        if (existing.Count > 0)
        {
            var shown = string.Join(", ", existing.Take(5));
            if (existing.Count > 5) shown = Messages.Text("cli.theme.more", ("files", shown), ("count", existing.Count - 5));
            return ([], Messages.Text(existing.Count == 1 ? "cli.theme.exists.one" : "cli.theme.exists.other", ("files", shown), ("folder", Path.GetFullPath(folder))));
        }
        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            // CreateNew: a file made since the check above is never overwritten.
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            stream.Write(bytes);
        }
        return (files.Select(f => f.Path).ToList(), null);
    }
}
