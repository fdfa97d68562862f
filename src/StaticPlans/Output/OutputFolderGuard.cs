using StaticPlans.Diagnostics;

namespace StaticPlans.Output;

/// <summary>Refuses output folders whose replacement would destroy the editors' own files.</summary>
public static class OutputFolderGuard
{
    public static Diagnostic? Check(string sourceDir, string outputDir)
    {
        var source = Normalize(sourceDir);
        var output = Normalize(outputDir);
        string? reason = null;
        if (output == source) reason = "is the site folder itself";
        else if (IsUnder(source, output)) reason = "contains the site folder";
        else if (File.Exists(Path.Combine(output, "site.yml"))) reason = "contains a site.yml (it looks like a site, not a build)";
        else if (Directory.Exists(Path.Combine(output, "content"))) reason = "contains a content/ folder";
        else if (output == Normalize(Path.GetPathRoot(output) ?? "/")) reason = "is a file-system root";
        return reason is null ? null : Diagnostic.Error(outputDir, 0, 0, DiagnosticCodes.OutputUnsafe,
            $"refusing to use '{outputDir}' as the output folder: it {reason}, and a build replaces the output folder whole");
    }

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
