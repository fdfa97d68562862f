using StaticPlans.Loading;

namespace StaticPlans.Serve;

/// <summary>
/// Watches the parts of a site folder a build reads (<see cref="SiteInputs.Files"/> and
/// <see cref="SiteInputs.ReadFolders"/>) and posts each changed site-relative path, as it comes: the serve loop waits
/// for the rest of a burst (<see cref="PreviewLoop"/>). Only these folders are watched, so a big .git/ or the build
/// output never costs inotify watches or rebuilds.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    public static IReadOnlyList<string> WatchedFolders => SiteInputs.ReadFolders;
    public static IReadOnlyList<string> WatchedFiles => SiteInputs.Files;

    private readonly string _root;
    private readonly Action<string> _changed;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _watchedFolders = new(StringComparer.Ordinal);
    private readonly Lock _lock = new(); // a folder created while serving adds a watcher from an event's thread
    private bool _disposed;

    /// <param name="changed">Called on the watcher's threads, possibly at once, with one changed site-relative path.</param>
    public SiteWatcher(string root, Action<string> changed)
    {
        _root = Path.GetFullPath(root);
        _changed = changed;
        var top = new FileSystemWatcher(_root) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        Hook(top);
        _watchers.Add(top);
        foreach (var folder in WatchedFolders) WatchFolder(folder);
    }

    private void WatchFolder(string folder)
    {
        var path = Path.Combine(_root, folder);
        lock (_lock)
        {
            if (_disposed || !Directory.Exists(path) || !_watchedFolders.Add(folder)) return;
            var watcher = new FileSystemWatcher(path) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            Hook(watcher);
            _watchers.Add(watcher);
        }
    }

    private void Hook(FileSystemWatcher watcher)
    {
        watcher.Changed += (_, e) => Note(e.FullPath);
        watcher.Created += (_, e) => Note(e.FullPath);
        watcher.Deleted += (_, e) => Note(e.FullPath);
        watcher.Renamed += (_, e) => { Note(e.OldFullPath); Note(e.FullPath); };
        // An overflow means events were lost: rebuild anyway rather than show a stale page (site.yml "changed"
        // rebuilds in full).
        watcher.Error += (_, _) => Note(Path.Combine(_root, WatchedFiles[0]));
        watcher.EnableRaisingEvents = true;
    }

    private void Note(string fullPath)
    {
        var relative = Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
        var first = relative.Split('/')[0];
        if (!WatchedFiles.Contains(first) && !WatchedFolders.Contains(first)) return;
        if (relative == first && WatchedFolders.Contains(first)) WatchFolder(first); // e.g. layouts/ created while serving
        if (!Volatile.Read(ref _disposed)) _changed(relative);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed) return;
            _disposed = true;
        }
        foreach (var watcher in _watchers) watcher.Dispose();
    }
}
