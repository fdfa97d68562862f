using Scriban.Runtime;

namespace StaticPlans.Rendering.Theme;

/// <summary>
/// Template output straight into a page's writer. Scriban's own TextWriterOutput copies every slice of literal
/// template text into a new string first; this writes the slice as a span.
/// </summary>
internal sealed class WriterOutput(TextWriter writer) : IScriptOutput
{
    public TextWriter Writer { get; } = writer;

    public void Write(string text, int offset, int count) => Writer.Write(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    // Template.Render returns its output's text; ours has gone to the writer, so there is none to return.
    public override string ToString() => string.Empty;
}
