using System.Runtime.InteropServices;
using StaticPlans.Diagnostics;

namespace StaticPlans.Loading;

public enum FileKind { Missing, Regular, Directory, Symlink, Fifo, CharacterDevice, BlockDevice, Socket, Other }

/// <summary>What a path is, its size and its last modification (in 100 ns ticks, UTC), from one call; not followed.</summary>
public readonly record struct FileStat(FileKind Kind, long Size, long ModifiedTicks);

/// <summary>
/// What a path is, without following it or opening it (opening a FIFO blocks; reading /dev/zero never ends), and
/// where it really leads. .NET reports a FIFO or a device as a "Normal" file, so on Linux the type comes from
/// statx(2), whose layout is the same on every architecture; elsewhere from the file attributes.
/// </summary>
public static class FileKinds
{
    private const int MaxLinkHops = 40; // Linux's own limit (ELOOP)

    public static FileKind Of(string path) => Stat(path).Kind;

    /// <summary>
    /// <see cref="Of"/> with the size and modification time of the same call: the input scan looks at every plan
    /// anyway, and the build's fingerprint takes these from it instead of a second stat per plan.
    /// </summary>
    public static FileStat Stat(string path)
    {
        if (OperatingSystem.IsLinux() && Statx(path) is { } found) return FromStatx(found);
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path) && info.LinkTarget is null) return new FileStat(FileKind.Missing, 0, 0);
        if (info.LinkTarget is not null) return new FileStat(FileKind.Symlink, 0, 0);
        return info.Attributes.HasFlag(FileAttributes.Directory)
            ? new FileStat(FileKind.Directory, 0, 0)
            : new FileStat(FileKind.Regular, info.Length, info.LastWriteTimeUtc.Ticks);
    }

    /// <summary>
    /// <see cref="Stat"/> for an entry of an open folder, looked up by its name (one path component for the kernel to
    /// walk instead of every one from the root); null when the call fails, missing entry or not (<see cref="Stat"/>
    /// by path tells them apart).
    /// </summary>
    internal static FileStat? StatIn(FolderHandle folder, string name)
    {
        Span<byte> answer = stackalloc byte[256];
        return folder.Stat(name, StatxWanted, answer) ? FromStatx(Parse(answer)) : null;
    }

    private static FileStat FromStatx((int Mode, long Size, long ModifiedTicks) found)
    {
        var kind = (found.Mode & 0xF000) switch
        {
            0 => FileKind.Missing,
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.Symlink,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
        return new FileStat(kind, found.Size, found.ModifiedTicks);
    }

    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => Messages.Text("file_kind.fifo"),
        FileKind.CharacterDevice => Messages.Text("file_kind.character_device"),
        FileKind.BlockDevice => Messages.Text("file_kind.block_device"),
        FileKind.Socket => Messages.Text("file_kind.socket"),
        FileKind.Directory => Messages.Text("file_kind.directory"),
        FileKind.Symlink => Messages.Text("file_kind.symlink"),
        FileKind.Missing => Messages.Text("file_kind.missing"),
        _ => Messages.Text("file_kind.other"),
    };

    /// <summary>
    /// The absolute path with every symbolic link resolved, component by component as realpath(3) does; parts that
    /// do not exist yet are kept as they are (an output folder to be created). Null for a link loop.
    /// </summary>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var pending = new List<string>(Split(full[root.Length..]));
        var current = root;
        var hops = 0;
        for (var i = 0; i < pending.Count; i++)
        {
            var part = pending[i];
            if (part is "" or ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }
            var next = Path.Combine(current, part);
            string? target;
            try { target = new FileInfo(next).LinkTarget; }
            catch (IOException) { target = null; }
            catch (UnauthorizedAccessException) { target = null; }
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++hops > MaxLinkHops) return null;
            var rest = pending.Skip(i + 1).ToList();
            pending = [.. Split(target), .. rest];
            i = -1;
            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target) ?? root;
        }
        return Path.TrimEndingDirectorySeparator(current);
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it (both real, absolute paths).</summary>
    public static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || folder == Path.GetPathRoot(folder);

    private static string[] Split(string path) => path.Split(['/', Path.DirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxWanted = 0x1 | 0x40 | 0x200; // STATX_TYPE | STATX_MTIME | STATX_SIZE

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int statx(int dirfd, string path, int flags, uint mask, byte[] buffer);

    [ThreadStatic] private static byte[]? _buffer;

    /// <summary>The statx(2) answer (Mode 0 when the path is missing), or null when the call is not there.</summary>
    private static (int Mode, long Size, long ModifiedTicks)? Statx(string path)
    {
        var buffer = _buffer ??= new byte[256]; // struct statx: stx_mode __u16 at 28, stx_size at 40, stx_mtime at 112
        try
        {
            if (statx(AtFdCwd, path, AtSymlinkNoFollow, StatxWanted, buffer) != 0)
                return Marshal.GetLastPInvokeError() is 2 or 20 ? (0, 0, 0) : null; // ENOENT, ENOTDIR: missing
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
        return Parse(buffer);
    }

    /// <summary>struct statx: stx_mode __u16 at 28, stx_size at 40, stx_mtime at 112 (seconds, then nanoseconds).</summary>
    private static (int Mode, long Size, long ModifiedTicks) Parse(ReadOnlySpan<byte> answer)
    {
        var seconds = BitConverter.ToInt64(answer[112..]);
        var nanoseconds = BitConverter.ToUInt32(answer[120..]);
        return (BitConverter.ToUInt16(answer[28..]), BitConverter.ToInt64(answer[40..]), DateTime.UnixEpoch.Ticks + seconds * TimeSpan.TicksPerSecond + nanoseconds / 100);
    }
}
