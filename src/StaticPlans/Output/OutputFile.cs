namespace StaticPlans.Output;

/// <summary>
/// One file of the built site: a path relative to the output folder (forward slashes) and its content.
/// Most files are bytes rendered in memory; a file made by <see cref="Streamed"/> is written straight to its
/// destination by a build, so the open-data files (hundreds of MB at 10,000 plans) never sit whole in memory.
/// Check and serve, which keep the site in memory, read <see cref="Bytes"/> and get the same content.
/// </summary>
public sealed class OutputFile
{
    private readonly Lazy<byte[]> _bytes;
    private readonly Action<Stream>? _write;

    public OutputFile(string path, byte[] bytes)
    {
        Path = path;
        _bytes = new Lazy<byte[]>(bytes);
    }

    private OutputFile(string path, Action<Stream> write)
    {
        Path = path;
        _write = write;
        _bytes = new Lazy<byte[]>(() =>
        {
            using var buffer = new MemoryStream();
            write(buffer);
            return buffer.ToArray();
        });
    }

    public static OutputFile Streamed(string path, Action<Stream> write) => new(path, write);

    public string Path { get; }

    public byte[] Bytes => _bytes.Value;

    /// <summary>Writes the content to <paramref name="destination"/> without materialising a streamed file.</summary>
    public void WriteTo(Stream destination)
    {
        if (_write is not null && !_bytes.IsValueCreated) _write(destination);
        else destination.Write(_bytes.Value);
    }
}
