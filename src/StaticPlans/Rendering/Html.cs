using System.Text;

namespace StaticPlans.Rendering;

/// <summary>
/// HTML that is already safe: rendered Markdown, partial output, markup built by our code.
/// Templates print every other value escaped, so a theme cannot forget to escape content. Only the rendering code
/// makes one (the constructor is internal, and a test holds every construction in the library to StaticPlans.Rendering):
/// a string from a loader or a model can never reach a page unescaped by being wrapped.
/// </summary>
public sealed class RawHtml
{
    internal RawHtml(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value;
}

/// <summary>
/// Trusted HTML that is written when a template prints it, straight into the page's writer: a layout inside
/// base.html, a plan's Markdown body inside its layout. A page is thus never held whole as a string.
/// </summary>
public sealed class HtmlFragment
{
    private readonly Action<TextWriter> _write;

    internal HtmlFragment(Action<TextWriter> write) => _write = write;

    public void WriteTo(TextWriter writer) => _write(writer);

    /// <summary>The text, for a template that uses the fragment as a value rather than printing it.</summary>
    public override string ToString()
    {
        using var writer = new StringWriter();
        _write(writer);
        return writer.ToString();
    }
}

public static class Html
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        // No page carries control characters. Content's were reported and replaced when it was read; a YAML escape
        // in site.yml ("\x01") or a theme string can still bring one.
        text = Text.ControlCharacters.Remove(text);
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
