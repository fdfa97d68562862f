using System.Text;

namespace StaticPlans.Rendering.Theme;

/// <summary>
/// Collects a layout's output in a <see cref="StringBuilder"/> that base.html then copies chunk by chunk into the
/// page's file, so a page body (often over 100 KB) never becomes one string. Scriban's Template.Render returns
/// its output's ToString(): that is made empty here, because the text is read from <see cref="Builder"/>.
/// </summary>
internal sealed class FragmentWriter() : TextWriter
{
    public StringBuilder Builder { get; } = new(16 * 1024);

    public override Encoding Encoding => Encoding.Unicode;

    public override void Write(char value) => Builder.Append(value);

    public override void Write(string? value) => Builder.Append(value);

    public override void Write(char[] buffer, int index, int count) => Builder.Append(buffer, index, count);

    public override void Write(ReadOnlySpan<char> buffer) => Builder.Append(buffer);

    public override string ToString() => string.Empty;
}
