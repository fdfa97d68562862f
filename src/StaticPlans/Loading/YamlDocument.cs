using StaticPlans.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using YamlDotNet.RepresentationModel;

namespace StaticPlans.Loading;

/// <summary>
/// Parses a YAML mapping and keeps node positions so errors point into the original file. The one way front matter,
/// site.yml and strings.yml are read, so the bounds of <see cref="YamlLimits"/> hold for all of them.
/// </summary>
internal static class YamlDocument
{
    /// <param name="lineOffset">Lines before the YAML text in its file (front matter starts after '---').</param>
    public static YamlMappingNode? ParseMapping(string yaml, string file, int lineOffset, string syntaxCode,
        ICollection<Diagnostic> diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new YamlLimits.CheckedParser(yaml));
            if (stream.Documents.Count == 0) return new YamlMappingNode();
            if (stream.Documents[0].RootNode is YamlMappingNode map) return map;
            var root = stream.Documents[0].RootNode;
            if (root is YamlScalarNode { Value: null or "" }) return new YamlMappingNode();
            diagnostics.Add(Diagnostic.Error(file, (int)root.Start.Line + lineOffset, (int)root.Start.Column, syntaxCode,
                Messages.Text("yaml.not_mapping")));
            return null;
        }
        catch (YamlLimits.LimitReached reached)
        {
            return Limit(reached.Violation);
        }
        // The bounds come first: a node builder's own error (a duplicate key) may stand before the event past a bound.
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException
            && YamlLimits.Check(yaml) is { } limit)
        {
            return Limit(limit);
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            // YamlDotNet prefixes its own (block-relative) position; the diagnostic carries the file position.
            var close = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith('(') && close > 0) message = message[(close + 3)..];
            var (line, column) = (Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column));
            // YamlDotNet blames the scalar before an indenting tab; the editor has to fix the tab.
            if (message.Contains("tab character", StringComparison.Ordinal) && IndentingTab(yaml, line) is { } tab) (line, column) = tab;
            diagnostics.Add(Diagnostic.Error(file, line + lineOffset, column, syntaxCode,
                Messages.Text("yaml.syntax", ("detail", message.TrimEnd('.')), ("hint", Hint(message)))));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner throws these on some malformed input (e.g. an unclosed '[' followed by 'key: value');
            // the last token it could read is the closest place to the mistake that we can name.
            var (line, column) = LastReadablePosition(yaml);
            diagnostics.Add(Diagnostic.Error(file, line + lineOffset, column, syntaxCode,
                Messages.Text("yaml.unreadable")));
            return null;
        }

        YamlMappingNode? Limit(YamlLimits.Violation limit)
        {
            diagnostics.Add(Diagnostic.Error(file, limit.Line + lineOffset, limit.Column, syntaxCode, limit.Message));
            return null;
        }
    }

    private static string Hint(string message)
    {
        if (message.Contains("flow sequence", StringComparison.Ordinal)) return Messages.Text("yaml.hint.flow_sequence");
        if (message.Contains("flow mapping", StringComparison.Ordinal)) return Messages.Text("yaml.hint.flow_mapping");
        if (message.Contains("quoted scalar", StringComparison.Ordinal)) return Messages.Text("yaml.hint.quote");
        if (message.Contains("Mapping values are not allowed", StringComparison.Ordinal) || message.Contains("invalid mapping", StringComparison.Ordinal))
            return Messages.Text("yaml.hint.colon");
        if (message.Contains("tab character", StringComparison.Ordinal)) return Messages.Text("yaml.hint.tab");
        return "";
    }

    private static (int Line, int Column)? IndentingTab(string yaml, int fromLine)
    {
        var lines = yaml.Split('\n');
        for (var i = fromLine - 1; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t');
            if (tab >= 0 && tab < indent) return (i + 1, tab + 1);
        }
        return null;
    }

    /// <summary>The '[' or '{' still open when the scanner gave up, else the last token it read.</summary>
    private static (int Line, int Column) LastReadablePosition(string yaml)
    {
        var scanner = new Scanner(new StringReader(yaml));
        var last = (Line: 1, Column: 1);
        var open = new Stack<(int, int)>();
        try
        {
            // The scanner can emit Error tokens forever after a bad character; a file has fewer tokens than characters.
            for (var count = 0; count <= yaml.Length + 1 && scanner.MoveNext(); count++)
            {
                if (scanner.Current is not { } token) continue;
                if (token is Error or StreamEnd) break;
                last = ((int)token.Start.Line, (int)token.Start.Column);
                if (token is FlowSequenceStart or FlowMappingStart) open.Push(last);
                else if (token is FlowSequenceEnd or FlowMappingEnd && open.Count > 0) open.Pop();
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
        }
        if (open.Count > 0) last = open.Peek();
        // The scanner may stand past the last line (it reads an implied line break at the end); stay inside the file.
        var lines = yaml.Count(c => c == '\n') + 1;
        return last.Line > lines ? (lines, 1) : (Math.Max(1, last.Line), Math.Max(1, last.Column));
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
