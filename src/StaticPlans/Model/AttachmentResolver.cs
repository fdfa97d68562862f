using StaticPlans.Diagnostics;

namespace StaticPlans.Model;

/// <summary>
/// Turns the names in 'attachments:' into files the site may publish: regular files in the plan's folder or below
/// it, reached through no symbolic link, so a plan can never publish a file from elsewhere on the computer.
/// </summary>
public sealed class AttachmentResolver(string siteRoot)
{
    public IReadOnlyList<PlanAttachment> Resolve(string planFile, IReadOnlyList<PlanAttachmentRef> refs, ICollection<Diagnostic> diagnostics)
    {
        if (refs.Count == 0) return [];
        var folder = Path.GetDirectoryName(planFile)?.Replace('\\', '/') ?? "";
        var result = new List<PlanAttachment>();
        foreach (var r in refs)
        {
            var name = r.Path.Replace('\\', '/');
            var segments = name.Split('/');
            if (Path.IsPathRooted(name) || name.Contains(':') || segments.Any(s => s is "" or "." or "..")
                || name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.Equals("index.html", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(Diagnostic.Error(planFile, r.Line, r.Column, DiagnosticCodes.AttachmentUnsafe,
                    Messages.Text("SP0161.path", ("path", r.Path))));
                continue;
            }
            var relative = folder.Length == 0 ? name : folder + "/" + name;
            var full = Path.Combine(siteRoot, relative);
            if (!File.Exists(full))
            {
                diagnostics.Add(Diagnostic.Error(planFile, r.Line, r.Column, DiagnosticCodes.AttachmentMissing,
                    Messages.Text("SP0160", ("path", r.Path), ("expected", relative))));
                continue;
            }
            if (ThroughLink(siteRoot, folder, segments))
            {
                diagnostics.Add(Diagnostic.Error(planFile, r.Line, r.Column, DiagnosticCodes.AttachmentUnsafe,
                    Messages.Text("SP0161.link", ("path", r.Path))));
                continue;
            }
            if (result.Any(a => a.Name == name)) continue;
            result.Add(new PlanAttachment(relative, name, new FileInfo(full).Length));
        }
        return result;
    }

    /// <summary>Whether the file or a folder between the plan's folder and it is a symbolic link (or junction).</summary>
    private static bool ThroughLink(string siteRoot, string folder, string[] segments)
    {
        var path = Path.Combine(siteRoot, folder);
        foreach (var segment in segments)
        {
            path = Path.Combine(path, segment);
            FileSystemInfo info = File.Exists(path) ? new FileInfo(path) : new DirectoryInfo(path);
            if (info.LinkTarget is not null || info.Attributes.HasFlag(FileAttributes.ReparsePoint)) return true;
        }
        return false;
    }
}
