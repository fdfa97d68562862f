using System.Runtime.InteropServices;
using System.Text;

namespace StaticPlans.Loading;

/// <summary>
/// A folder held open (Linux, O_PATH: nothing is read through it), so that its entries can be looked up by a path
/// relative to it instead of from the file system's root. The kernel walks every component of a path on every
/// statx call: a plan's absolute path has eight of them on the benchmark's corpus, its name alone one, and the
/// 20,000 plans' lookups took 24 instead of 36 ms of CPU (a C loop of statx calls, same files).
/// </summary>
internal sealed class FolderHandle : IDisposable
{
    // Linux's generic values, the same on x64, arm64, arm, x86, s390x, ppc64le, riscv64 and loongarch64
    // (O_DIRECTORY is not: it differs on arm and arm64, so a file opened by mistake fails at its first lookup instead).
    private const int OPath = 0x200000;
    private const int OCloexec = 0x80000;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const int AtFdCwd = -100;

    private readonly int _fd;
    private byte[] _name = new byte[256];

    private FolderHandle(int fd) => _fd = fd;

    /// <summary>The folder at <paramref name="path"/>, or null off Linux or when it cannot be opened.</summary>
    public static FolderHandle? Open(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var fd = -1;
        try
        {
            fd = open(path, OPath | OCloexec);
            if (fd < 0) return null;
            // A C library without statx (glibc before 2.28, musl before 1.2.5) fails here, not in a caller's loop.
            Span<byte> answer = stackalloc byte[256];
            statx(fd, ref MemoryMarshal.GetReference<byte>([0]), AtEmptyPath | AtSymlinkNoFollow, 0x1, ref MemoryMarshal.GetReference(answer));
            return new FolderHandle(fd);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            if (fd >= 0) close(fd);
            return null;
        }
    }

    /// <summary>
    /// The folder at <paramref name="zeroTerminated"/> (UTF-8, relative to this one, ending with a zero byte), held
    /// open the same way. A link is followed (O_NOFOLLOW's value differs between architectures): a caller that must
    /// not follow one compares what it opened with what it looked up. Null when it cannot be opened. Safe to call
    /// from several threads.
    /// </summary>
    public FolderHandle? OpenIn(ReadOnlySpan<byte> zeroTerminated)
    {
        if (zeroTerminated.IsEmpty || zeroTerminated[^1] != 0) throw new ArgumentException("a zero-terminated path");
        var fd = openat(_fd, ref MemoryMarshal.GetReference(zeroTerminated), OPath | OCloexec);
        return fd < 0 ? null : new FolderHandle(fd);
    }

    /// <summary>
    /// One statx(2) call for the path in <paramref name="zeroTerminated"/> (UTF-8, relative to this folder, ending
    /// with a zero byte; only the zero for the folder itself), links not followed, into <paramref name="answer"/>
    /// (256 bytes: struct statx); false when it failed, for whatever reason (a caller that must tell a missing entry
    /// from another failure looks again by path). Safe to call from several threads.
    /// </summary>
    public bool Stat(ReadOnlySpan<byte> zeroTerminated, uint mask, Span<byte> answer)
    {
        if (zeroTerminated.IsEmpty || zeroTerminated[^1] != 0 || answer.Length < 256) throw new ArgumentException("a zero-terminated path and 256 bytes");
        var flags = zeroTerminated.Length == 1 ? AtEmptyPath | AtSymlinkNoFollow : AtSymlinkNoFollow;
        return statx(_fd, ref MemoryMarshal.GetReference(zeroTerminated), flags, mask, ref MemoryMarshal.GetReference(answer)) == 0;
    }

    /// <summary>
    /// The same for a path from the working folder (absolute, or relative to it): one statx(2) call, links not followed;
    /// false when it failed. Throws <see cref="DllNotFoundException"/> or <see cref="EntryPointNotFoundException"/>
    /// where the C library has no statx.
    /// </summary>
    public static bool StatPath(ReadOnlySpan<byte> zeroTerminated, uint mask, Span<byte> answer)
    {
        if (zeroTerminated.IsEmpty || zeroTerminated[^1] != 0 || answer.Length < 256) throw new ArgumentException("a zero-terminated path and 256 bytes");
        return statx(AtFdCwd, ref MemoryMarshal.GetReference(zeroTerminated), AtSymlinkNoFollow, mask, ref MemoryMarshal.GetReference(answer)) == 0;
    }

    /// <summary>The same for a name or relative path given as a string (one thread at a time: the UTF-8 buffer is the handle's).</summary>
    public bool Stat(string relative, uint mask, Span<byte> answer)
    {
        var length = Encoding.UTF8.GetMaxByteCount(relative.Length) + 1;
        if (_name.Length < length) _name = new byte[length];
        var written = Encoding.UTF8.GetBytes(relative, _name);
        _name[written] = 0;
        return Stat(_name.AsSpan(0, written + 1), mask, answer);
    }

    public void Dispose() => close(_fd);

    [DllImport("libc", CharSet = CharSet.Ansi)]
    private static extern int open(string path, int flags);

    [DllImport("libc")]
    private static extern int openat(int dirfd, ref byte path, int flags);

    [DllImport("libc")]
    private static extern int close(int fd);

    // Without SetLastError: the errno it would fetch is two more native calls around each of 83,000 lookups.
    [DllImport("libc")]
    private static extern int statx(int dirfd, ref byte path, int flags, uint mask, ref byte buffer);
}
