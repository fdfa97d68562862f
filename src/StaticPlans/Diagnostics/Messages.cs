using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace StaticPlans.Diagnostics;

/// <summary>
/// The message catalogue: every diagnostic and CLI line by id (a code, or a code and a variant, or cli.…), one
/// embedded YAML file per language (messages.en.yml, messages.zh.yml), with named {placeholders}.
/// </summary>
public static partial class Messages
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> English = new(() => Load("en"));
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Chinese = new(() => Load("zh"));

    // {{ and }} stand for a brace itself, so a message can show a theme text's own {name}.
    [GeneratedRegex(@"\{\{|\}\}|\{([a-z][a-z0-9_]*)\}")]
    private static partial Regex Placeholder();

    /// <summary>The names of the placeholders a catalogue text uses.</summary>
    public static IEnumerable<string> PlaceholdersOf(string template) =>
        Placeholder().Matches(template).Where(m => m.Groups[1].Success).Select(m => m.Groups[1].Value);

    public static IReadOnlyDictionary<string, string> Catalogue(Language language) =>
        (language == Language.Zh ? Chinese : English).Value;

    /// <summary>The message <paramref name="id"/> in the current language, its placeholders filled in.</summary>
    public static string Text(string id, params (string Name, object? Value)[] args) => Render(MessageLanguage.Current, id, args);

    public static string Render(Language language, string id, params (string Name, object? Value)[] args)
    {
        if (!Catalogue(language).TryGetValue(id, out var template))
            throw new KeyNotFoundException($"message '{id}' is missing from messages.{Suffix(language)}.yml");
        return Placeholder().Replace(template, m =>
        {
            if (!m.Groups[1].Success) return m.Value[..1];
            foreach (var (name, value) in args)
            {
                if (name == m.Groups[1].Value) return value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value?.ToString() ?? "";
            }
            throw new ArgumentException($"message '{id}' uses {{{m.Groups[1].Value}}}, which it is not given");
        });
    }

    /// <summary>"1 plan" / "2 plans", "1 篇计划": the catalogue's count.NOUN.one or count.NOUN.other.</summary>
    public static string Count(int count, string noun) => Text($"count.{noun}.{(count == 1 ? "one" : "other")}", ("n", count));

    private static string Suffix(Language language) => language == Language.Zh ? "zh" : "en";

    private static IReadOnlyDictionary<string, string> Load(string suffix)
    {
        var name = $"StaticPlans.Diagnostics.messages.{suffix}.yml";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded");
        var text = new StreamReader(stream).ReadToEnd();
        return ReadFlat(text) ?? ReadYaml(text);
    }

    /// <summary>The catalogue as YAML reads it: any shape a YAML mapping of texts may take.</summary>
    internal static IReadOnlyDictionary<string, string> ReadYaml(string text)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        var map = (YamlMappingNode)yaml.Documents[0].RootNode;
        return map.Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value ?? "", StringComparer.Ordinal);
    }

    /// <summary>
    /// The catalogue when every line is a comment, blank, or <c>key: "text"</c> (a plain key of letters, digits,
    /// '_', '.' and '-'; a double-quoted text on the one line, escaping only \" and \\): the shape both files have.
    /// Null for anything else, which <see cref="ReadYaml"/> then reads. Every command prints a message, and
    /// YamlDotNet's first parse (its assembly loaded, its regular expressions compiled) took ~24 ms of CPU, a
    /// quarter of a no-op rebuild at 1,000 plans; these lines take well under one.
    /// </summary>
    internal static IReadOnlyDictionary<string, string>? ReadFlat(string text)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var value = new System.Text.StringBuilder();
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace() || line[0] == '#') continue;
            var colon = line.IndexOf(": \"", StringComparison.Ordinal);
            if (colon < 1 || !IsPlainKey(line[..colon])) return null;
            value.Clear();
            var i = colon + 3;
            for (; i < line.Length && line[i] != '"'; i++)
            {
                if (line[i] != '\\')
                {
                    value.Append(line[i]);
                    continue;
                }
                if (++i == line.Length || line[i] is not ('"' or '\\')) return null;
                value.Append(line[i]);
            }
            if (i == line.Length || !line[(i + 1)..].IsWhiteSpace() || !map.TryAdd(line[..colon].ToString(), value.ToString())) return null;
        }
        return map.Count > 0 ? map : null;
    }

    private static bool IsPlainKey(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '.' or '-')) return false;
        }
        return true;
    }
}
