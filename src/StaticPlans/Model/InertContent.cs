using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticPlans.Diagnostics;

namespace StaticPlans.Model;

/// <summary>
/// Makes a parsed plan body inert before anything reads or renders it. Generic attributes (<c>{…}</c> after a heading,
/// link, image or block) keep only <c>{#id}</c> and <c>{.class}</c>: an event handler, <c>style</c> or any other
/// attribute is dropped. A link, image or autolink whose URL has a scheme other than http, https, mailto or tel
/// (javascript:, vbscript:, data:, however it is spelt) loses its URL: a link or image is shown as its text, an
/// autolink as the address in plain text. Reference definitions, footnotes and table cells resolve into the same
/// inline nodes, so one walk over the tree covers them.
/// </summary>
public static class InertContent
{
    /// <summary>Where removals are reported: the plan's file and the line its body starts after.</summary>
    public sealed record Reporter(string File, int BodyLineOffset, ICollection<Diagnostic> Diagnostics)
    {
        public void Warn(MarkdownObject node, string code, string message) =>
            Diagnostics.Add(Diagnostic.Warning(File, node.Line + BodyLineOffset + 1, node.Column + 1, code, message));
    }

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>Cleans <paramref name="document"/> in place; <paramref name="report"/>, when given, gets a warning for each removal.</summary>
    public static void Apply(MarkdownDocument document, Reporter? report = null)
    {
        List<MarkdownObject>? unsafeLinks = null;
        foreach (var node in document.Descendants())
        {
            if (node.TryGetAttributes() is { } attributes) DropAttributes(node, attributes, report);
            if (node is LinkInline { Url: { } url } && UnsafeScheme(url) is not null
                || node is AutolinkInline { Url: { } auto } && UnsafeScheme(auto) is not null)
            {
                (unsafeLinks ??= []).Add(node);
            }
        }
        // Replaced after the walk: the walk reads the very lists a replacement changes.
        foreach (var node in unsafeLinks ?? [])
        {
            var (url, isImage) = node is LinkInline l ? (l.Url!, l.IsImage) : (((AutolinkInline)node).Url, false);
            report?.Warn(node, DiagnosticCodes.UnsafeUrl,
                Messages.Text(isImage ? "SP0210.image" : "SP0210.link", ("url", Shown(url)), ("scheme", UnsafeScheme(url))));
            Unlink((Inline)node);
        }
    }

    private static void DropAttributes(MarkdownObject node, HtmlAttributes attributes, Reporter? report)
    {
        if (attributes.Properties is not { Count: > 0 } properties) return;
        foreach (var (name, _) in properties)
        {
            report?.Warn(node, DiagnosticCodes.AttributeDropped,
                Messages.Text("SP0211", ("name", Shown(name))));
        }

        attributes.Properties = null;
    }

    /// <summary>The link's text stays where the link was; an autolink becomes its address as plain text.</summary>
    private static void Unlink(Inline node)
    {
        if (node is AutolinkInline autolink)
        {
            node.ReplaceBy(new LiteralInline(autolink.Url) { Line = node.Line, Column = node.Column, Span = node.Span });
            return;
        }
        var link = (LinkInline)node;
        while (link.FirstChild is { } child)
        {
            child.Remove();
            link.InsertBefore(child);
        }
        link.Remove();
    }

    /// <summary>
    /// The scheme a browser would see in <paramref name="url"/>, lowercased, when it is not one we link; null for a
    /// relative URL, a fragment or an allowed scheme. Reads the URL as the WHATWG URL parser does: leading and trailing
    /// C0 controls and spaces are ignored and tabs and line breaks anywhere are removed, so <c>java&amp;#x09;script:</c>,
    /// <c> JaVaScRiPt:</c> and <c>\u0001javascript:</c> are all javascript. Character references are decoded first
    /// in case one survived Markdown's own decoding.
    /// </summary>
    public static string? UnsafeScheme(string url)
    {
        var scheme = Scheme(url) ?? Scheme(System.Net.WebUtility.HtmlDecode(url));
        return scheme is null || AllowedSchemes.Contains(scheme) ? null : scheme;
    }

    private static string? Scheme(string url)
    {
        var span = url.AsSpan();
        while (span.Length > 0 && span[0] <= ' ') span = span[1..];
        var scheme = new System.Text.StringBuilder();
        foreach (var c in span)
        {
            if (c is '\t' or '\n' or '\r') continue;
            if (c == ':') return scheme.Length > 0 ? scheme.ToString().ToLowerInvariant() : null;
            var valid = char.IsAsciiLetter(c) || scheme.Length > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.');
            if (!valid) return null;
            scheme.Append(c);
        }
        return null;
    }

    /// <summary>A URL as a message can show it: short, and with control characters made visible.</summary>
    private static string Shown(string text)
    {
        var visible = string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
        return visible.Length > 60 ? visible[..60] + "…" : visible;
    }
}
