using StaticPlans.Diagnostics;

namespace StaticPlans.Loading;

/// <summary>A plan file split into its YAML front matter and Markdown body, with the body's line offset.</summary>
public sealed record FrontMatterSplit(string Yaml, string Body, int YamlLineOffset, int BodyLineOffset);

public static class FrontMatter
{
    /// <summary>Splits at the '---' fences; reports a missing or unterminated block at the line it starts.</summary>
    public static FrontMatterSplit? Split(string text, string file, ICollection<Diagnostic> diagnostics)
    {
        // Walks the lines in place: splitting the whole file into line strings would copy it twice.
        var end = LineEnd(text, 0);
        if (!IsFence(text, 0, end, "---"))
        {
            diagnostics.Add(Diagnostic.Error(file, 1, 1, DiagnosticCodes.FrontMatterMissing,
                Messages.Text("SP0101")));
            return null;
        }
        var yamlStart = end + 1;
        for (int start = yamlStart, line = 1; start <= text.Length && end < text.Length; start = end + 1, line++)
        {
            end = LineEnd(text, start);
            if (IsFence(text, start, end, "---") || IsFence(text, start, end, "..."))
            {
                var yaml = start > yamlStart ? text[yamlStart..(start - 1)] : "";
                var body = end < text.Length ? text[(end + 1)..] : "";
                return new FrontMatterSplit(yaml, body, 1, line + 1);
            }
        }
        diagnostics.Add(Diagnostic.Error(file, 1, 1, DiagnosticCodes.FrontMatterUnterminated,
            Messages.Text("SP0102")));
        return null;
    }

    private static int LineEnd(string text, int start)
    {
        var i = text.IndexOf('\n', start);
        return i < 0 ? text.Length : i;
    }

    private static bool IsFence(string text, int start, int end, string fence) =>
        text.AsSpan(start, end - start).TrimEnd("\r \t").SequenceEqual(fence);
}
