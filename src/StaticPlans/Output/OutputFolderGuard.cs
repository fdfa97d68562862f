using StaticPlans.Diagnostics;
using StaticPlans.Loading;

namespace StaticPlans.Output;

/// <summary>
/// Decides whether a build may replace a folder with the built site. It may when the folder is missing, empty,
/// or stamped by an earlier StaticPlans build; a non-empty folder without the stamp only with --force; and never
/// when the folder is, is inside, or contains anything the build reads (the site folder, site.yml, content/,
/// layouts/, assets/, static/, themes/, strings.yml, .git), or the home folder. Paths are compared with every
/// symbolic link resolved, so neither a symlinked --source nor a link in the output path gets around it.
/// </summary>
public static class OutputFolderGuard
{
    /// <summary>The real path to write to, or the reason not to (SP0401: never; SP0403: not without --force).</summary>
    public static (string? Folder, Diagnostic? Refusal) Resolve(string sourceDir, string outputDir, bool force)
    {
        Diagnostic Refuse(string code, string reason, string advice) => Diagnostic.Error(outputDir, 0, 0, code,
            Messages.Text("SP0401.refuse", ("output", outputDir), ("reason", reason), ("advice", advice)));
        var elsewhere = Messages.Text("SP0401.elsewhere");

        var site = FileKinds.RealPath(sourceDir) ?? Path.GetFullPath(sourceDir);
        var output = FileKinds.RealPath(outputDir);
        if (output is null) return (null, Refuse(DiagnosticCodes.OutputUnsafe, Messages.Text("SP0401.loop"), elsewhere));
        if (output == site) return (null, Refuse(DiagnosticCodes.OutputUnsafe, Messages.Text("SP0401.site"), elsewhere));
        if (FileKinds.IsWithin(site, output)) return (null, Refuse(DiagnosticCodes.OutputUnsafe, Messages.Text("SP0401.contains_site"), elsewhere));
        foreach (var name in SiteInputs.Files.Concat(SiteInputs.Folders))
        {
            // Guarded whether or not it exists yet: the day content/ is created it must not be the output.
            var input = Path.Combine(site, name);
            foreach (var real in new[] { input, FileKinds.RealPath(input) ?? input }.Distinct())
            {
                var named = Messages.Text(SiteInputs.Folders.Contains(name) ? "SP0401.input_folder" : "SP0401.input_file", ("name", name));
                var what = real == input ? named : Messages.Text("SP0401.leads", ("named", named), ("target", real));
                if (output == real) return (null, Refuse(DiagnosticCodes.OutputUnsafe, Messages.Text("SP0401.is", ("what", what)), elsewhere));
                if (FileKinds.IsWithin(output, real)) return (null, Refuse(DiagnosticCodes.OutputUnsafe, Messages.Text("SP0401.inside", ("what", what)), elsewhere));
                if (FileKinds.IsWithin(real, output)) return (null, Refuse(DiagnosticCodes.OutputUnsafe, Messages.Text("SP0401.contains", ("what", what)), elsewhere));
            }
        }
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && output == (FileKinds.RealPath(home) ?? home))
            return (null, Refuse(DiagnosticCodes.OutputUnsafe, Messages.Text("SP0401.home"), elsewhere));

        switch (FileKinds.Of(output))
        {
            case FileKind.Missing:
                return (output, null);
            case FileKind.Directory:
                break;
            default:
                return (null, Refuse(DiagnosticCodes.OutputUnsafe, Messages.Text("SP0401.file"), elsewhere));
        }
        if (!Directory.EnumerateFileSystemEntries(output).Any()) return (output, null);
        if (FileKinds.Of(Path.Combine(output, AtomicSiteWriter.StampFile)) == FileKind.Regular) return (output, null);
        foreach (var sign in SiteInputs.SiteSigns)
        {
            if (FileKinds.Of(Path.Combine(output, sign)) != FileKind.Missing)
                return (null, Refuse(DiagnosticCodes.OutputUnsafe, Messages.Text("SP0401.looks_like_site", ("sign", sign)), elsewhere));
        }
        return force
            ? (output, null)
            : (null, Refuse(DiagnosticCodes.OutputNotOurs, Messages.Text("SP0403.reason", ("stamp", AtomicSiteWriter.StampFile)), Messages.Text("SP0403.advice")));
    }
}
