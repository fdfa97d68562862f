using System.Text;

namespace StaticPlans.Output;

/// <summary>
/// Text to UTF-8 into a file through large buffers that each thread reuses: a page goes out in a few writes
/// instead of one system call per 4 KB, and no buffers are allocated per page (12,000 pages at 10,000 plans).
/// Rent one for a file, dispose it when the file is done.
/// </summary>
public sealed class Utf8PageWriter : TextWriter
{
    private const int CharCapacity = 32 * 1024;

    [ThreadStatic] private static Utf8PageWriter? _idle;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly char[] _chars = new char[CharCapacity];
    private readonly byte[] _bytes = new byte[Utf8NoBom.GetMaxByteCount(CharCapacity)];
    private readonly Encoder _encoder = Utf8NoBom.GetEncoder();
    private Stream? _stream;
    private int _count;

    private Utf8PageWriter()
    {
    }

    public override Encoding Encoding => Utf8NoBom;

    /// <summary>A writer into <paramref name="stream"/>, which it leaves open.</summary>
    public static Utf8PageWriter Rent(Stream stream)
    {
        var writer = _idle ?? new Utf8PageWriter();
        _idle = null;
        writer._stream = stream;
        return writer;
    }

    public override void Write(char value)
    {
        if (_count == CharCapacity) Drain(final: false);
        _chars[_count++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_count == CharCapacity) Drain(final: false);
            var n = Math.Min(buffer.Length, CharCapacity - _count);
            buffer[..n].CopyTo(_chars.AsSpan(_count));
            _count += n;
            buffer = buffer[n..];
        }
    }

    public override void Flush() => Drain(final: false);

    protected override void Dispose(bool disposing)
    {
        // Not base.Dispose: the writer lives on for the thread's next file.
        if (_stream is null) return;
        try
        {
            Drain(final: true);
        }
        finally
        {
            _stream = null;
            _count = 0;
            _encoder.Reset();
            _idle = this;
        }
    }

    private void Drain(bool final)
    {
        var stream = _stream ?? throw new ObjectDisposedException(nameof(Utf8PageWriter));
        // A surrogate pair split across two drains is kept by the encoder until its second half arrives.
        var written = _encoder.GetBytes(_chars, 0, _count, _bytes, 0, flush: final);
        stream.Write(_bytes, 0, written);
        _count = 0;
    }
}
