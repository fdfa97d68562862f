using StaticPlans.Loading;

namespace StaticPlans.Serve;

/// <summary>
/// Watches the parts of a site folder a build reads (<see cref="SiteInputs.Files"/> and
/// <see cref="SiteInputs.ReadFolders"/>) and calls back once per burst of changes: editors save through temp files
/// and renames, which fire several events. Only these folders are watched, so a big .git/ or the build output never
/// costs inotify watches or rebuilds.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    public static IReadOnlyList<string> WatchedFolders => SiteInputs.ReadFolders;
    public static IReadOnlyList<string> WatchedFiles => SiteInputs.Files;

    private readonly string _root;
    private readonly TimeSpan _quiet;
    private readonly Action<IReadOnlyCollection<string>> _changed;
    private readonly Action? _changing;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _watchedFolders = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly Lock _rebuilding = new();
    private readonly Timer _timer;
    private bool _disposed;

    /// <param name="changed">Called on a thread-pool thread, never twice at once, with the changed site-relative paths.</param>
    /// <param name="changing">Called at the first event of a burst, before the quiet time: to stop background work early.</param>
    public SiteWatcher(string root, TimeSpan quiet, Action<IReadOnlyCollection<string>> changed, Action? changing = null)
    {
        _root = Path.GetFullPath(root);
        _quiet = quiet;
        _changed = changed;
        _changing = changing;
        _timer = new Timer(_ => Flush());
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
        bool burstStarts;
        lock (_lock)
        {
            if (_disposed) return;
            burstStarts = _pending.Count == 0;
            _pending.Add(relative);
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
        if (burstStarts) _changing?.Invoke();
    }

    private void Flush()
    {
        string[] changed;
        lock (_lock)
        {
            if (_disposed || _pending.Count == 0) return;
            changed = _pending.ToArray();
            _pending.Clear();
        }
        // The timer fires on the thread pool; one rebuild at a time, changes during it start the next one.
        lock (_rebuilding) _changed(changed);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed) return;
            _disposed = true;
        }
        _timer.Dispose();
        foreach (var watcher in _watchers) watcher.Dispose();
    }
}
