using System.Buffers.Binary;
using System.IO.Compression;

namespace StaticPlans.Output.OpenData;

/// <summary>
/// A ZIP archive holding one file, deflated: what every desktop opens with a double click. Written by hand rather
/// than with <see cref="ZipArchive"/>, which records the system it runs on ("version made by", attributes) and so
/// would make a different archive of the same site on Windows than on Linux. No extra fields, no data descriptor,
/// the file's date (local time, as ZIP keeps it) at midnight: the same input gives the same bytes.
/// </summary>
public static class SingleEntryZip
{
    private const ushort VersionNeeded = 20; // deflate
    private const ushort Deflated = 8;

    /// <param name="name">The file's name inside the archive (ASCII: no UTF-8 flag is written).</param>
    /// <param name="date">The date the archive gives the file.</param>
    /// <param name="content">The file, uncompressed.</param>
    public static void Write(Stream output, string name, DateOnly date, ReadOnlySpan<byte> content)
    {
        if (name.Any(c => c is < ' ' or > '~')) throw new ArgumentException("the name must be printable ASCII", nameof(name));
        if ((ulong)content.Length > uint.MaxValue) throw new ArgumentException("larger than a ZIP without ZIP64 holds", nameof(content));
        // Reused on the thread, as the caller's CSV buffer is.
        var deflated = _deflated ??= new MemoryStream();
        deflated.SetLength(0);
        using (var deflate = new DeflateStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(content);
        }
        var crc = Crc32.Of(content);
        var dosDate = (ushort)(((Math.Clamp(date.Year, 1980, 2107) - 1980) << 9) | (date.Month << 5) | date.Day);
        var nameBytes = System.Text.Encoding.ASCII.GetBytes(name);
        var compressedSize = (uint)deflated.Length;
        var size = (uint)content.Length;

        // The local header and the central directory's entry share one run of fields (version needed to the name's
        // length), at 4 and at 6; the central entry adds "made by" before it and the local header's offset (0) after.
        void Fields(Span<byte> at)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(at, VersionNeeded);
            BinaryPrimitives.WriteUInt16LittleEndian(at[4..], Deflated);
            BinaryPrimitives.WriteUInt16LittleEndian(at[8..], dosDate);
            BinaryPrimitives.WriteUInt32LittleEndian(at[10..], crc);
            BinaryPrimitives.WriteUInt32LittleEndian(at[14..], compressedSize);
            BinaryPrimitives.WriteUInt32LittleEndian(at[18..], size);
            BinaryPrimitives.WriteUInt16LittleEndian(at[22..], (ushort)nameBytes.Length);
        }

        var local = new byte[30 + nameBytes.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(local, 0x04034b50);
        Fields(local.AsSpan(4));
        nameBytes.CopyTo(local.AsSpan(30));
        output.Write(local);
        output.Write(deflated.GetBuffer().AsSpan(0, (int)deflated.Length));

        var central = new byte[46 + nameBytes.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(central, 0x02014b50);
        BinaryPrimitives.WriteUInt16LittleEndian(central.AsSpan(4), VersionNeeded); // made by: MS-DOS (0), ZIP 2.0
        Fields(central.AsSpan(6));
        nameBytes.CopyTo(central.AsSpan(46));
        output.Write(central);

        Span<byte> end = stackalloc byte[22];
        end.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], 1);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)central.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)(local.Length + compressedSize));
        output.Write(end);
    }

    [ThreadStatic] private static MemoryStream? _deflated;

    /// <summary>CRC-32 (ISO-HDLC, as ZIP and gzip use): not in the base library, and a table is ten lines.</summary>
    private static class Crc32
    {
        private static readonly uint[] Table = Enumerable.Range(0, 256).Select(n =>
        {
            var c = (uint)n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            return c;
        }).ToArray();

        public static uint Of(ReadOnlySpan<byte> data)
        {
            var crc = 0xFFFFFFFFu;
            foreach (var b in data) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            return crc ^ 0xFFFFFFFFu;
        }
    }
}
