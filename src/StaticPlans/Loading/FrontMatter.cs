using StaticPlans.Diagnostics;

namespace StaticPlans.Loading;

/// <summary>A plan file split into its YAML front matter and Markdown body, with the body's line offset.</summary>
public sealed record FrontMatterSplit(string Yaml, string Body, int YamlLineOffset, int BodyLineOffset);

public static class FrontMatter
{
    /// <summary>Splits at the '---' fences; reports a missing or unterminated block at the line it starts.</summary>
    public static FrontMatterSplit? Split(string text, string file, ICollection<Diagnostic> diagnostics)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r', ' ', '\t') != "---")
        {
            diagnostics.Add(Diagnostic.Error(file, 1, 1, DiagnosticCodes.FrontMatterMissing,
                "a plan starts with front matter: a line '---', then 'title:', 'year:', 'kind:' and 'date:' lines, then '---'"));
            return null;
        }
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r', ' ', '\t');
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatterSplit(yaml, body, 1, i + 1);
            }
        }
        diagnostics.Add(Diagnostic.Error(file, 1, 1, DiagnosticCodes.FrontMatterUnterminated,
            "front matter opened with '---' on line 1 is never closed: add a line '---' after the last field"));
        return null;
    }
}
