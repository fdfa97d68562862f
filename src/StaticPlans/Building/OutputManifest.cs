using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace StaticPlans.Building;

/// <summary>
/// The list of what a build left in its output (every folder, every file with its size), kept in the stamp, so a
/// no-op rebuild can prove the output untouched by looking up each listed entry by its path (one statx call each)
/// instead of reading every folder and stat-ing every file in it. At 10,000 plans (19,700 files in 12,800 folders)
/// the whole no-op build now makes 42,500 statx calls and reads no folder; it made about 140,000 calls (every output
/// folder opened, read twice and closed, 42,500 lstat, 22,800 geteuid, 13,000 fstatat; strace -c -f), 0.34 s of CPU
/// where it now takes 0.18 s.
/// <para>
/// The proof rests on the kernel's change time (ctime), which every write, truncation, rename, link, chmod or
/// utime sets to now and which no user can set back; and on the birth time. The build makes the stamp first and
/// rewrites it last, strictly after the last change of anything else in the staging folder (<see cref="Stamp"/>
/// waits for the clock to move when they fall in the same tick). So in an output as the build left it, every
/// entry below the root was born no earlier than the stamp and last changed before the stamp's final write.
/// A file edited by hand afterwards — even to the same size — changed after it; a file added or removed inside a
/// folder changes that folder's ctime; a copy of the output (cp -a, rsync) makes entries born before the stamp or
/// changed after it. The root's own times are not used (the commit's rename changes them): its few entries are
/// read and compared with the list.
/// </para>
/// Linux only (statx, with birth times): elsewhere, or when the file system keeps no birth time, the stamp holds no
/// list and the no-op check reads the whole output as before.
/// </summary>
internal static class OutputManifest
{
    /// <summary>The line after the digest that starts the list.</summary>
    public const string Header = "manifest v1";

    /// <summary>
    /// Writes the stamp into the staging folder: the fingerprint, the output's digest and, where the proof above
    /// holds, the list. The staging folder must be complete.
    /// </summary>
    public static void Stamp(Output.AtomicSiteWriter writer, string fingerprint)
    {
        var staging = writer.StagingFolder;
        if (!Supported || Walk(staging) is not { } walk)
        {
            writer.Stamp(BuildFingerprint.StampText(fingerprint, staging));
            return;
        }
        var text = new StringBuilder(walk.Lines.Sum(l => l.Length + 1) + 200);
        text.Append(fingerprint).Append('\n').Append(BuildFingerprint.DigestOf(walk.Lines.Where(IsFileLine))).Append('\n').Append(Header).Append('\n');
        foreach (var line in walk.Lines) text.Append(line).Append('\n');
        var stampText = text.ToString();
        var stampPath = Path.Combine(staging, BuildFingerprint.StampFile);
        // The stamp must change strictly after everything else: on a coarse clock (ext4 stamps times with the
        // kernel tick, 1-4 ms) the last page and the stamp can share a tick. A large site's walk alone outlasts a
        // tick; a small one waits a few ms at most. A file system whose clock does not move within 100 ms (one-
        // or two-second times) gets a stamp without the list.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            writer.Stamp(stampText);
            var stamp = new Stat();
            if (!stamp.Read(stampPath) || !stamp.HasBirth) break;
            if (stamp.Changed > walk.LastChange && stamp.Born <= walk.FirstBirth) return;
            if (stamp.Born > walk.FirstBirth) break; // made after the pages it stamps: not a layout this class knows
            Thread.Sleep(1);
        }
        writer.Stamp(BuildFingerprint.StampText(fingerprint, staging));
    }

    /// <summary>
    /// Whether the output is exactly as the build that wrote the stamp <paramref name="stamp"/> (its bytes, the list
    /// from <paramref name="listStart"/> on) left it, the list being the one <paramref name="digest"/> was made of;
    /// false as soon as anything differs or cannot be looked at. The list is read as the bytes it is, without a
    /// string per line: at 20,000 plans 63,000 lines, whose strings (and the stamp read as text, split, then each
    /// path made a string again and encoded for the call) were 30 MiB of the no-op rebuild's 40 and two collections.
    /// </summary>
    public static bool Unchanged(string outputDir, byte[] stamp, int listStart, string digest, CancellationToken abandoned = default)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        // The stamp is a file in the output, which anyone may have edited: a list this class did not write is no proof.
        if (!Supported || Read(stamp, listStart) is not { } list || list.Digest != digest) return false;
        if (!RootMatches(root, list.TopLevel)) return false;
        using var folder = Loading.FolderHandle.Open(root);
        var answer = new byte[256];
        if (folder is null || !folder.Stat(Encoding.UTF8.GetBytes(BuildFingerprint.StampFile + "\0"), Stat.Wanted, answer)) return false;
        var own = Stat.From(answer);
        if (!own.HasBirth || own.Kind != 0x8000) return false;
        // Two halves at once, each by a path relative to the output folder held open (the folder's own path is not
        // walked again for each of the 63,000 calls at 20,000 plans: 15 % less of the kernel's time for them with
        // the output in /tmp, more in a deeper folder). The calls are independent, and the machine has at least two
        // cores more often than not.
        var middle = listStart + (stamp.Length - listStart) / 2;
        middle += stamp.AsSpan(middle).IndexOf((byte)'\n') + 1;
        var unchanged = new StrongBox<bool>(true);
        var second = Task.Run(() => Check(folder, stamp, middle, stamp.Length, own, unchanged, abandoned));
        try
        {
            Check(folder, stamp, listStart, middle, own, unchanged, abandoned);
        }
        catch
        {
            // The folder is closed on the way out: never under the other half's calls (its number could be reused).
            Volatile.Write(ref unchanged.Value, false);
            ((IAsyncResult)second).AsyncWaitHandle.WaitOne();
            throw;
        }
        second.GetAwaiter().GetResult();
        return unchanged.Value && !abandoned.IsCancellationRequested;
    }

    /// <summary>Looks up the listed entries in stamp[start..end] (whole lines), clearing <paramref name="unchanged"/> at the first that differs.</summary>
    /// <remarks>
    /// The folders of the first two levels (plans/, plans/2024/, topics/…: about fifty) are held open as they come,
    /// and each entry is looked up from the nearest of them, so a plan's page is "a/index.html" for the kernel to
    /// walk, not "plans/2024/a/index.html": 10 % less of the kernel's time for the 63,000 calls at 20,000 plans
    /// (a C loop making the same calls, 83 against 74 ms).
    /// </remarks>
    private static void Check(Loading.FolderHandle root, byte[] stamp, int start, int end, Stat own, StrongBox<bool> unchanged, CancellationToken abandoned)
    {
        var path = new byte[512];
        var answer = new byte[256];
        var opened = new byte[256];
        var stat = new Stat();
        // The open folders, outermost first: each with where its line starts in the stamp and the line's length ("/plans/").
        var folders = new List<(Loading.FolderHandle Handle, int Line, int Length)>();
        try
        {
            for (var at = start; at < end && Volatile.Read(ref unchanged.Value) && !abandoned.IsCancellationRequested;)
            {
                var lineStart = at;
                var line = stamp.AsSpan(at, stamp.AsSpan(at, end - at).IndexOf((byte)'\n'));
                at += line.Length + 1;
                while (folders.Count > 0 && !line.StartsWith(stamp.AsSpan(folders[^1].Line, folders[^1].Length)))
                {
                    folders[^1].Handle.Dispose();
                    folders.RemoveAt(folders.Count - 1);
                }
                var (from, skip) = folders.Count > 0 ? (folders[^1].Handle, folders[^1].Length) : (root, 1);
                var isFile = line[^1] != (byte)'/';
                var bar = isFile ? line.LastIndexOf((byte)'|') : line.Length - 1;
                // Relative to that folder: without its part of the line (and a folder's trailing slash), zero-terminated.
                var length = bar - skip;
                if (path.Length <= length) path = new byte[length * 2 + 1];
                line[skip..bar].CopyTo(path);
                path[length] = 0;
                var relative = path.AsSpan(0, length + 1);
                var ok = from.Stat(relative, Stat.Wanted, answer);
                if (ok)
                {
                    stat.Fill(answer);
                    ok = stat.HasBirth && stat.Born >= own.Born && stat.Changed < own.Changed
                        && (isFile ? stat.Kind == 0x8000 && SizeOf(line[(bar + 1)..]) == stat.Size : stat.Kind == 0x4000);
                }
                if (ok && !isFile && Depth(line) <= 2)
                {
                    // Held open only if it is the very folder just looked up (opening follows a link; the lookup did not).
                    var folder = from.OpenIn(relative);
                    if (folder is not null && folder.Stat([0], Stat.Wanted, opened) && Stat.SameEntry(answer, opened)) folders.Add((folder, lineStart, line.Length));
                    else folder?.Dispose();
                }
                if (!ok) Volatile.Write(ref unchanged.Value, false);
            }
        }
        finally
        {
            foreach (var (handle, _, _) in folders) handle.Dispose();
        }
    }

    /// <summary>How deep a folder's line is: 1 for "/plans/", 2 for "/plans/2024/".</summary>
    private static int Depth(ReadOnlySpan<byte> folderLine)
    {
        var slashes = 0;
        foreach (var b in folderLine)
        {
            if (b == (byte)'/') slashes++;
        }
        return slashes - 1;
    }

    /// <summary>What a list checked line by line holds: the digest of its file lines and the names at the top of the output.</summary>
    private sealed record ListSummary(string Digest, HashSet<string> TopLevel);

    /// <summary>
    /// Checks that every line from <paramref name="start"/> on is one this class writes (sorted is not needed: the
    /// digest covers the order) and makes the digest of the file lines; null for anything else, a stamp cut short
    /// (its last line without its newline) included.
    /// </summary>
    private static ListSummary? Read(byte[] stamp, int start)
    {
        if (start >= stamp.Length || stamp[^1] != (byte)'\n') return null;
        var topLevel = new HashSet<string>(StringComparer.Ordinal) { BuildFingerprint.StampFile };
        var previous = ReadOnlySpan<byte>.Empty;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // The file lines, hashed a buffer at a time rather than line by line (37,600 calls at 20,000 plans).
        var pending = new byte[64 << 10];
        var used = 0;
        for (var at = start; at < stamp.Length;)
        {
            var line = stamp.AsSpan(at, stamp.AsSpan(at).IndexOf((byte)'\n'));
            at += line.Length + 1;
            if (!WellFormed(line)) return null;
            if (line[^1] != (byte)'/')
            {
                if (pending.Length - used <= line.Length)
                {
                    hash.AppendData(pending, 0, used);
                    used = 0;
                    if (pending.Length <= line.Length) pending = new byte[line.Length + 1];
                }
                line.CopyTo(pending.AsSpan(used));
                used += line.Length;
                pending[used++] = (byte)'\n';
            }
            var slash = line[1..].IndexOf((byte)'/');
            var name = slash < 0 ? line[1..line.LastIndexOf((byte)'|')] : line.Slice(1, slash);
            // Sorted, so a folder's entries follow one another: one string per top-level name, not per line.
            if (name.SequenceEqual(previous)) continue;
            // A name that is not UTF-8 would come back from the folder's listing as another string: it is not ours.
            if (!Utf8.IsValid(name)) return null;
            topLevel.Add(Encoding.UTF8.GetString(name));
            previous = name;
        }
        hash.AppendData(pending, 0, used);
        return new ListSummary(Convert.ToHexString(hash.GetHashAndReset()), topLevel);
    }

    /// <summary>The root's entries are the stamp and the first parts of the listed paths, no more, no fewer.</summary>
    private static bool RootMatches(string root, HashSet<string> expected)
    {
        var found = 0;
        foreach (var entry in Directory.EnumerateFileSystemEntries(root))
        {
            if (!expected.Contains(Path.GetFileName(entry))) return false;
            found++;
        }
        return found == expected.Count;
    }

    /// <summary>
    /// "/a/b/" or "/a/b|123": a path below the root, without empty, "." or ".." parts (nor a zero byte, which would
    /// end it early for the kernel), and a size in decimal digits for a file.
    /// </summary>
    /// <remarks>
    /// One loop over the bytes rather than the span searches it replaces: the framework's generic ones over bytes
    /// are not precompiled, and a no-op rebuild ends before they leave the JIT's first, slowest tier (the 63,000
    /// lines at 20,000 plans took 10 ms of it).
    /// </remarks>
    private static bool WellFormed(ReadOnlySpan<byte> line)
    {
        if (line.Length < 2 || line[0] != (byte)'/') return false;
        var isFile = line[^1] != (byte)'/';
        var end = line.Length - 1;
        if (isFile)
        {
            end = line.LastIndexOf((byte)'|');
            if (end < 2 || SizeOf(line[(end + 1)..]) < 0) return false;
        }
        // line[..end] is the path: "/" and its parts, each neither empty nor "." nor "..".
        var part = 1;
        for (var i = 1; i <= end; i++)
        {
            if (i < end && line[i] != (byte)'/')
            {
                if (line[i] == 0) return false;
                continue;
            }
            var length = i - part;
            if (length == 0 || (line[part] == (byte)'.' && (length == 1 || (length == 2 && line[part + 1] == (byte)'.')))) return false;
            part = i + 1;
        }
        return true;
    }

    /// <summary>The size after a file line's bar: 1 to 18 decimal digits; -1 for anything else.</summary>
    private static long SizeOf(ReadOnlySpan<byte> digits)
    {
        if (digits.IsEmpty || digits.Length > 18) return -1;
        long size = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9') return -1;
            size = size * 10 + (digit - '0');
        }
        return size;
    }

    /// <summary>A file's line ends with its size ("/plans/2024/a/index.html|5120"); a folder's with a slash ("/plans/2024/a/").</summary>
    private static bool IsFileLine(string line) => !line.EndsWith('/');

    private sealed record WalkResult(List<string> Lines, long LastChange, long FirstBirth);

    /// <summary>Every entry below <paramref name="root"/> but the stamp, sorted; null when one is neither a file nor a folder.</summary>
    private static WalkResult? Walk(string root)
    {
        var lines = new List<string>();
        var stat = new Stat();
        long lastChange = long.MinValue, firstBirth = long.MaxValue;
        var pending = new Stack<string>();
        pending.Push("");
        while (pending.TryPop(out var relative))
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(root + relative))
            {
                var name = Path.GetFileName(entry);
                if (relative.Length == 0 && name == BuildFingerprint.StampFile) continue;
                if (!stat.Read(entry) || !stat.HasBirth) return null;
                lastChange = Math.Max(lastChange, stat.Changed);
                firstBirth = Math.Min(firstBirth, stat.Born);
                var path = relative + "/" + name;
                if (stat.Kind == 0x4000)
                {
                    lines.Add(path + "/");
                    pending.Push(path);
                }
                else if (stat.Kind == 0x8000)
                {
                    lines.Add($"{path}|{stat.Size}");
                }
                else
                {
                    return null;
                }
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return new WalkResult(lines, lastChange, firstBirth);
    }

    private static bool Supported => OperatingSystem.IsLinux();

    /// <summary>One statx(2) call's answer, without following links; reused call after call.</summary>
    private sealed class Stat
    {
        public const uint Wanted = 0x1 | 0x80 | 0x100 | 0x200 | 0x800; // STATX_TYPE | STATX_CTIME | STATX_INO | STATX_SIZE | STATX_BTIME
        private const uint BirthBit = 0x800;
        private readonly byte[] _buffer = new byte[256];
        private byte[] _path = new byte[512];

        public int Kind { get; private set; }
        public long Size { get; private set; }
        public long Changed { get; private set; }
        public long Born { get; private set; }
        public bool HasBirth { get; private set; }

        public bool Read(string path)
        {
            var length = Encoding.UTF8.GetMaxByteCount(path.Length) + 1;
            if (_path.Length < length) _path = new byte[length];
            var written = Encoding.UTF8.GetBytes(path, _path);
            _path[written] = 0;
            try
            {
                if (!Loading.FolderHandle.StatPath(_path.AsSpan(0, written + 1), Wanted, _buffer)) return false;
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                return false;
            }
            Fill(_buffer);
            return true;
        }

        /// <summary>The answer of a call made elsewhere (<see cref="Loading.FolderHandle"/>), with <see cref="Wanted"/>.</summary>
        public static Stat From(ReadOnlySpan<byte> answer)
        {
            var stat = new Stat();
            stat.Fill(answer);
            return stat;
        }

        /// <summary>Whether two answers are of one entry: the same inode number (stx_ino, at 32), born at the same time.</summary>
        public static bool SameEntry(ReadOnlySpan<byte> one, ReadOnlySpan<byte> other) =>
            one.Slice(32, 8).SequenceEqual(other.Slice(32, 8)) && one.Slice(80, 12).SequenceEqual(other.Slice(80, 12));

        /// <summary>Reads the answer into this one, for a caller that keeps it.</summary>
        public void Fill(ReadOnlySpan<byte> answer)
        {
            var mask = BitConverter.ToUInt32(answer);
            Kind = BitConverter.ToUInt16(answer[28..]) & 0xF000;
            Size = BitConverter.ToInt64(answer[40..]);
            Born = Time(answer[80..]);
            Changed = Time(answer[96..]);
            HasBirth = (mask & BirthBit) != 0;
        }

        // struct statx_timestamp: __s64 tv_sec, __u32 tv_nsec; as nanoseconds (good until 2262).
        private static long Time(ReadOnlySpan<byte> at) => BitConverter.ToInt64(at) * 1_000_000_000 + BitConverter.ToUInt32(at[8..]);
    }
}
