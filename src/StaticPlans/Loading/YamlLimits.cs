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
        var bounds = new Bounds();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext())
            {
                if (bounds.Pass(parser.Current!) is { } violation) return violation;
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // A syntax error: the parse that follows reports it with its position and hint.
        }
        return null;
    }

    /// <summary>
    /// A parser that holds its events to the bounds as they pass, so the nodes are built in the same pass that checks
    /// them (two parses of each front matter were a third of what loading allocated): it stops with
    /// <see cref="LimitReached"/> at the first event past a bound, before a node builder recurses any deeper.
    /// </summary>
    public sealed class CheckedParser(string yaml) : IParser
    {
        private readonly Parser _parser = new(new StringReader(yaml));
        private readonly Bounds _bounds = new();

        public ParsingEvent? Current => _parser.Current;

        public bool MoveNext()
        {
            if (!_parser.MoveNext()) return false;
            if (_bounds.Pass(_parser.Current!) is { } violation) throw new LimitReached(violation);
            return true;
        }
    }

    /// <summary>Thrown by <see cref="CheckedParser"/> at the first event past a bound.</summary>
    public sealed class LimitReached(Violation violation) : Exception(violation.Message)
    {
        public Violation Violation { get; } = violation;
    }

    /// <summary>The depth and alias weights of the events seen so far.</summary>
    private sealed class Bounds
    {
        private readonly Stack<(string? Anchor, long Weight)> _frames = new();
        private readonly Dictionary<string, long> _anchors = new(StringComparer.Ordinal);
        private long _aliased;

        /// <summary>Takes the next event; returns the bound it goes beyond, or null.</summary>
        public Violation? Pass(ParsingEvent current)
        {
            switch (current)
            {
                case SequenceStart or MappingStart:
                    var start = (NodeEvent)current;
                    if (_frames.Count >= MaxDepth)
                        return At(start, Messages.Text("yaml.too_deep", ("max", MaxDepth)));
                    _frames.Push((AnchorOf(start), 1));
                    break;
                case SequenceEnd or MappingEnd when _frames.Count > 0:
                    var (anchor, weight) = _frames.Pop();
                    if (anchor is not null) _anchors[anchor] = weight;
                    AddToParent(_frames, weight);
                    break;
                case Scalar scalar:
                    if (AnchorOf(scalar) is { } name) _anchors[name] = 1;
                    AddToParent(_frames, 1);
                    break;
                case AnchorAlias alias:
                    var stands = _anchors.GetValueOrDefault(alias.Value.Value, 1);
                    _aliased = Saturate(_aliased + stands);
                    if (_aliased > MaxAliasedNodes)
                        return At(alias, Messages.Text("yaml.aliases", ("alias", alias.Value.Value), ("max", MaxAliasedNodes.ToString("N0", CultureInfo.InvariantCulture))));
                    AddToParent(_frames, stands);
                    break;
            }
            return null;
        }
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
