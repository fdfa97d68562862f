using System.Collections.Concurrent;

namespace StaticPlans.Output;

/// <summary>Where rendered files go as they are made: straight to disk for a build, to memory for check and serve.</summary>
public interface IOutputSink
{
    /// <summary>Called from several threads at once.</summary>
    void Add(OutputFile file);
}

/// <summary>Keeps every file in memory, in path order when read back.</summary>
public sealed class MemorySink : IOutputSink
{
    private readonly ConcurrentDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);

    public void Add(OutputFile file)
    {
        // A streamed file is made now, on the rendering thread, so its errors surface where the page is rendered.
        _ = file.Bytes;
        _files[file.Path] = file;
    }

    public IReadOnlyList<OutputFile> Files => _files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
}
