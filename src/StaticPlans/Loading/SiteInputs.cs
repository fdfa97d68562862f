using System.IO.Enumeration;
using StaticPlans.Diagnostics;

namespace StaticPlans.Loading;

/// <summary>
/// Every path of a site folder a build reads, in one place, and the rule for them: only the site's own regular
/// files are read. Before anything is opened, <see cref="Scan"/> looks at every input without following it and
/// reports a symbolic link that leads outside the site folder (or into .git), a link to a folder, a link loop, a
/// FIFO, a device or a socket: reading those would publish another file (a CI runner's /proc/self/environ), never
/// end (/dev/zero) or block (a FIFO). A link to a regular file inside the site is allowed. The output guard reads
/// the same list, so an output folder can never be one of these.
/// </summary>
public static class SiteInputs
{
    /// <summary>The site's settings: the file that makes a folder a site.</summary>
    public const string ConfigFile = "site.yml";

    /// <summary>The site's own interface strings, over the theme's.</summary>
    public const string StringsFile = "strings.yml";

    /// <summary>Only its Markdown files are read, and only those under <see cref="PlansFolder"/> as plans.</summary>
    public const string ContentFolder = "content";

    /// <summary>Where the plans are, one folder per year (content/plans/2024/x.md); 'new plan' and 'import' write there.</summary>
    public const string PlansFolder = ContentFolder + "/plans";

    /// <summary>The site's own layouts and assets, over the theme's (the same names as in a theme folder).</summary>
    public const string LayoutsFolder = "layouts";
    public const string AssetsFolder = "assets";

    /// <summary>Copied as they are to the site's root.</summary>
    public const string StaticFolder = "static";

    /// <summary>Themes by name: themes/&lt;name&gt;/ holds layouts/, assets/ and strings.yml.</summary>
    public const string ThemesFolder = "themes";

    /// <summary>Never read, never written over.</summary>
    public const string GitFolder = ".git";

    /// <summary>Where a build writes when no --output is given (a folder the build never reads).</summary>
    public const string DefaultOutputFolder = "public";

    /// <summary>Files beside site.yml that a build reads.</summary>
    public static readonly IReadOnlyList<string> Files = [ConfigFile, StringsFile];

    /// <summary>Folders a build reads (serve watches these and <see cref="Files"/>).</summary>
    public static readonly IReadOnlyList<string> ReadFolders = [ContentFolder, LayoutsFolder, AssetsFolder, StaticFolder, ThemesFolder];

    /// <summary>Folders a build reads, and .git, which it never reads but must never write over either.</summary>
    public static readonly IReadOnlyList<string> Folders = [.. ReadFolders, GitFolder];

    /// <summary>What makes a folder someone's site or repository: an output folder holding one is never replaced.</summary>
    public static readonly IReadOnlyList<string> SiteSigns = [ConfigFile, ContentFolder, GitFolder];

    /// <summary>A plan is read whole into memory: larger ones (real plans are 10-100 KB) are refused.</summary>
    public const int MaxPlanBytes = 4 << 20;

    /// <param name="seen">
    /// Given, receives each file in the folders scanned (site-relative path) with its size and modification time,
    /// in a stable order; a link with its target's. The build's fingerprint is made from these, so a plan is
    /// stat-ed once, not once here and again for the fingerprint (10,000 calls fewer at 10,000 plans).
    /// </param>
    public static IReadOnlyList<Diagnostic> Scan(string siteRoot, ICollection<(string Path, long Size, long ModifiedTicks)>? seen = null)
    {
        var site = RealSite(siteRoot);
        var found = new List<Diagnostic>();
        foreach (var file in Files) Check(site, file, onlyMarkdown: false, found, null);
        Check(site, ContentFolder, onlyMarkdown: true, found, null, recurse: false);
        Check(site, PlansFolder, onlyMarkdown: true, found, seen);
        // content/ is checked above: only its Markdown files are read.
        foreach (var folder in ReadFolders.Where(f => f != ContentFolder)) Check(site, folder, onlyMarkdown: false, found, seen);
        return found;
    }

    /// <summary>
    /// Reads a plan after checking what it is (so a FIFO is never opened) and how large it is. Null, with a
    /// diagnostic naming the file, when it may not or cannot be read.
    /// </summary>
    public static byte[]? ReadPlan(string siteRoot, string relative, ICollection<Diagnostic> diagnostics) =>
        Read(siteRoot, relative, MaxPlanBytes, diagnostics);

    /// <summary>Reads a static file or a plan after the same checks; <paramref name="maxBytes"/> null for no limit.</summary>
    public static byte[]? Read(string siteRoot, string relative, long? maxBytes, ICollection<Diagnostic> diagnostics)
    {
        var full = Path.Combine(siteRoot, relative);
        var kind = FileKinds.Of(full);
        // The site's real path (a few readlink calls) is needed only to judge a link: not per plan of 10,000.
        if (kind != FileKind.Regular && Problem(RealSite(siteRoot), relative, Path.Combine(RealSite(siteRoot), relative), kind) is { } problem)
        {
            diagnostics.Add(problem);
            return null;
        }
        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            var length = stream.Length;
            if (length > (maxBytes ?? Array.MaxLength))
            {
                diagnostics.Add(Diagnostic.Error(relative, 0, 0, DiagnosticCodes.InputTooLarge,
                    Messages.Text("SP0153", ("bytes", length), ("max_mib", maxBytes >> 20))));
                return null;
            }
            var bytes = new byte[length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(relative, 0, 0, DiagnosticCodes.InputUnreadable, Messages.Text("SP0155.file", ("reason", e.Message))));
            return null;
        }
    }

    private static string RealSite(string siteRoot) => FileKinds.RealPath(siteRoot) ?? Path.GetFullPath(siteRoot);

    private static void Check(string site, string relative, bool onlyMarkdown, List<Diagnostic> found,
        ICollection<(string, long, long)>? seen, bool recurse = true)
    {
        var full = Path.Combine(site, relative);
        var kind = FileKinds.Of(full);
        if (kind == FileKind.Missing) return;
        if (kind != FileKind.Directory)
        {
            if (Problem(site, relative, full, kind) is { } problem) found.Add(problem);
            return;
        }
        if (!recurse) return;
        List<string> names;
        try
        {
            names = new FileSystemEnumerable<string>(full, (ref FileSystemEntry e) => e.FileName.ToString(), EveryEntry).ToList();
            names.Sort(StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            found.Add(Diagnostic.Error(relative, 0, 0, DiagnosticCodes.InputUnreadable, Messages.Text("SP0155.folder", ("reason", e.Message))));
            return;
        }
        // Each entry is looked up by its name in the open folder, not by its path from the root (FolderHandle: at
        // 20,000 plans a third less of the kernel's time); anything but a regular file is looked at again by path.
        using var folder = FolderHandle.Open(full);
        foreach (var name in names)
        {
            var child = relative + "/" + name;
            if (folder is not null && FileKinds.StatIn(folder, name) is { Kind: FileKind.Regular } file)
            {
                seen?.Add((child, file.Size, file.ModifiedTicks));
                continue; // a regular file of the site's own: nothing to report, whatever its name
            }
            var entry = Path.Combine(full, name);
            var (childKind, size, modified) = FileKinds.Stat(entry);
            if (childKind == FileKind.Symlink && seen is not null)
            {
                var target = new FileInfo(entry);
                (size, modified) = target.Exists ? (target.Length, target.LastWriteTimeUtc.Ticks) : (-1, -1);
            }
            if (childKind != FileKind.Directory) seen?.Add((child, size, modified));
            if (childKind == FileKind.Directory) Check(site, child, onlyMarkdown, found, seen);
            // Only *.md files under content/ are read; but a link to a folder is followed by any enumeration.
            else if (onlyMarkdown && !child.EndsWith(".md", StringComparison.Ordinal) && !LeadsToFolder(entry, childKind)) continue;
            else if (Problem(site, child, entry, childKind) is { } problem) found.Add(problem);
        }
    }

    /// <summary>As Directory.EnumerateFileSystemEntries lists them: hidden and inaccessible entries too.</summary>
    private static readonly EnumerationOptions EveryEntry = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    private static bool LeadsToFolder(string path, FileKind kind) => kind == FileKind.Symlink && Directory.Exists(path);

    /// <summary>Why the entry at <paramref name="full"/> may not be read, or null for a regular file of the site.</summary>
    private static Diagnostic? Problem(string site, string relative, string full, FileKind kind)
    {
        Diagnostic Error(string code, string message) => Diagnostic.Error(relative, 0, 0, code, message);
        switch (kind)
        {
            case FileKind.Regular:
                return null;
            // A name that is not UTF-8 (a zip made on Chinese Windows stores GBK names) reaches .NET with U+FFFD in
            // place of its bytes, and that name does not exist: the editor must rename the file, not look for it.
            case FileKind.Missing when relative.Contains('\uFFFD'):
                return Error(DiagnosticCodes.InputUnreadable, Messages.Text("SP0155.name"));
            case FileKind.Missing:
                return Error(DiagnosticCodes.InputUnreadable, Messages.Text("SP0155.gone"));
            case FileKind.Directory:
                return Error(DiagnosticCodes.InputNotRegular, Messages.Text("SP0151.folder"));
            case FileKind.Symlink:
                break;
            default:
                return Error(DiagnosticCodes.InputNotRegular,
                    Messages.Text("SP0151.special", ("kind", FileKinds.Describe(kind))));
        }
        string? link;
        try { link = new FileInfo(full).LinkTarget; }
        catch (IOException) { link = null; }
        var target = FileKinds.RealPath(full);
        if (target is null)
            return Error(DiagnosticCodes.InputLinkBroken, Messages.Text("SP0152.loop"));
        if (!FileKinds.IsWithin(target, site) || FileKinds.IsWithin(target, Path.Combine(site, ".git")))
        {
            return Error(DiagnosticCodes.InputLinkOutside,
                Messages.Text("SP0150", ("target", link)));
        }

        var targetKind = FileKinds.Of(target);
        return targetKind switch
        {
            FileKind.Regular => null,
            FileKind.Missing => Error(DiagnosticCodes.InputLinkBroken, Messages.Text("SP0152.missing", ("target", link))),
            FileKind.Directory => Error(DiagnosticCodes.InputLinkToFolder,
                Messages.Text("SP0154", ("target", link))),
            _ => Error(DiagnosticCodes.InputNotRegular,
                Messages.Text("SP0151.link", ("target", link), ("kind", FileKinds.Describe(targetKind)))),
        };
    }
}
