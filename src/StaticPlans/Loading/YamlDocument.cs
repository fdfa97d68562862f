using StaticPlans.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticPlans.Loading;

/// <summary>Parses a YAML mapping and keeps node positions so errors point into the original file.</summary>
internal static class YamlDocument
{
    /// <param name="lineOffset">Lines before the YAML text in its file (front matter starts after '---').</param>
    public static YamlMappingNode? ParseMapping(string yaml, string file, int lineOffset, string syntaxCode,
        ICollection<Diagnostic> diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0) return new YamlMappingNode();
            if (stream.Documents[0].RootNode is YamlMappingNode map) return map;
            var root = stream.Documents[0].RootNode;
            if (root is YamlScalarNode { Value: null or "" }) return new YamlMappingNode();
            diagnostics.Add(Diagnostic.Error(file, (int)root.Start.Line + lineOffset, (int)root.Start.Column, syntaxCode,
                "expected 'key: value' lines here"));
            return null;
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            // YamlDotNet prefixes its own (block-relative) position; the diagnostic carries the file position.
            var close = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith('(') && close > 0) message = message[(close + 3)..];
            diagnostics.Add(Diagnostic.Error(file, (int)e.Start.Line + lineOffset, (int)e.Start.Column, syntaxCode,
                $"YAML syntax error: {message}"));
            return null;
        }
    }

    public static (int Line, int Column) Position(YamlNode node, int lineOffset) =>
        ((int)node.Start.Line + lineOffset, (int)node.Start.Column);

    public static string? Scalar(YamlNode? node) => (node as YamlScalarNode)?.Value;

    public static IEnumerable<(string Key, YamlScalarNode KeyNode, YamlNode Value)> Entries(YamlMappingNode map)
    {
        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } name } scalar) yield return (name, scalar, value);
        }
    }
}
