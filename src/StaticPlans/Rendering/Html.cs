using System.Text;

namespace StaticPlans.Rendering;

/// <summary>
/// HTML that is already safe: rendered Markdown, partial output, markup built by our code.
/// Templates print every other value escaped, so a theme cannot forget to escape content.
/// </summary>
public sealed record RawHtml(string Value)
{
    public override string ToString() => Value;
}

/// <summary>A layout's rendered output, kept as the builder it was written into; printed like <see cref="RawHtml"/>.</summary>
public sealed class HtmlFragment(StringBuilder builder)
{
    public StringBuilder Builder { get; } = builder;

    public override string ToString() => Builder.ToString();
}

public static class Html
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
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
