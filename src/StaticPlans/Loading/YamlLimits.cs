using System.Globalization;
using StaticPlans.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticPlans.Loading;

/// <summary>
/// Bounds on the work a YAML text may ask for, checked on the parser's event stream before any node is built:
/// YamlDotNet builds nodes recursively (a text nested tens of thousands of levels deep overflows the stack and kills
/// the process), and an alias bomb (anchors of lists of aliases of lists …) costs time and memory exponential in a
/// few hundred bytes once anything walks, compares or prints the expanded tree.
/// </summary>
internal static class YamlLimits
{
    /// <summary>Far beyond any front matter, site.yml or strings.yml (they nest three or four levels).</summary>
    public const int MaxDepth = 64;

    /// <summary>Nodes that aliases may stand for in one text, counted as if each alias were written out.</summary>
    public const long MaxAliasedNodes = 10_000;

    public sealed record Violation(int Line, int Column, string Message);

    /// <summary>The first place the text goes beyond a bound, or null; malformed YAML is left to the real parse to report.</summary>
    public static Violation? Check(string yaml)
    {
        var frames = new Stack<(string? Anchor, long Weight)>();
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        long aliased = 0;
        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case SequenceStart or MappingStart:
                        var start = (NodeEvent)parser.Current;
                        if (frames.Count >= MaxDepth)
                            return At(start, Messages.Text("yaml.too_deep", ("max", MaxDepth)));
                        frames.Push((AnchorOf(start), 1));
                        break;
                    case SequenceEnd or MappingEnd when frames.Count > 0:
                        var (anchor, weight) = frames.Pop();
                        if (anchor is not null) anchors[anchor] = weight;
                        AddToParent(frames, weight);
                        break;
                    case Scalar scalar:
                        if (AnchorOf(scalar) is { } name) anchors[name] = 1;
                        AddToParent(frames, 1);
                        break;
                    case AnchorAlias alias:
                        var stands = anchors.GetValueOrDefault(alias.Value.Value, 1);
                        aliased = Saturate(aliased + stands);
                        if (aliased > MaxAliasedNodes)
                            return At(alias, Messages.Text("yaml.aliases", ("alias", alias.Value.Value), ("max", MaxAliasedNodes.ToString("N0", CultureInfo.InvariantCulture))));
                        AddToParent(frames, stands);
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // A syntax error: the parse that follows reports it with its position and hint.
        }
        return null;
    }

    private static string? AnchorOf(NodeEvent node) => node.Anchor.IsEmpty ? null : node.Anchor.Value;

    private static void AddToParent(Stack<(string? Anchor, long Weight)> frames, long weight)
    {
        if (frames.Count == 0) return;
        var (anchor, total) = frames.Pop();
        frames.Push((anchor, Saturate(total + weight)));
    }

    /// <summary>Weights grow as powers of the fan-out: keep them from overflowing once they are past every bound.</summary>
    private static long Saturate(long value) => value < 0 || value > MaxAliasedNodes * 1000 ? MaxAliasedNodes * 1000 : value;

    private static Violation At(ParsingEvent e, string message) =>
        new(Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column), message);
}
