using StaticPlans.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StaticPlans.Loading;

/// <summary>
/// The interface text of the theme (strings.yml, Simplified Chinese by default). A site changes or translates
/// any of it with its own strings.yml beside site.yml: its keys win over the theme's. Texts that take a value name
/// it ({year}, {topic} …); every file is checked when loaded, so a text that asks for a value it is not given is a
/// diagnostic at its line, never a failure while pages are written (Rendering's ThemeStrings fills them in).
/// </summary>
public static class StringsLoader
{
    private const string FileName = SiteInputs.StringsFile;

    /// <summary>The values each text may name; a text not listed takes none.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Placeholders = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["year_title"] = ["year"],
        ["topic_description"] = ["topic"],
        ["table_label_section"] = ["heading"],
        ["page_title_suffix"] = ["page"],
        ["search_results"] = ["count"],
        ["search_results_approximate"] = ["count"],
        ["search_none"] = ["query"],
        ["search_sections_more"] = ["count"],
        ["search_found_in"] = ["part", "fields"],
        ["money_topic_chart_title"] = ["topic"],
        ["money_topic_chart_desc"] = ["topic"],
        ["money_year_chart_title"] = ["year"],
        ["money_year_chart_desc"] = ["year"],
        ["money_bar_label"] = ["label", "basis"],
        ["money_not_counted_line"] = ["count", "reasons"],
        ["money_not_counted_data"] = ["year"],
        ["kind_title"] = ["kind"],
        ["kind_description"] = ["kind"],
    };

    public static IReadOnlyDictionary<string, string> Load(ThemeFiles theme, string siteRoot, ICollection<Diagnostic> diagnostics)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Merge(theme.ReadText(FileName), theme.DisplayPath(FileName), result, themeKeys: null, diagnostics);
        var sitePath = Path.Combine(siteRoot, FileName);
        if (File.Exists(sitePath))
        {
            var text = TextDecoding.Decode(File.ReadAllBytes(sitePath), FileName, diagnostics);
            if (text is not null) Merge(text, FileName, result, result.Keys.ToList(), diagnostics);
        }
        return result;
    }

    /// <param name="themeKeys">The theme's keys when merging a site's file (its other keys are reported), else null.</param>
    private static void Merge(string? yaml, string file, IDictionary<string, string> into, IReadOnlyList<string>? themeKeys,
        ICollection<Diagnostic> diagnostics)
    {
        if (yaml is null) return;
        var map = YamlDocument.ParseMapping(yaml, file, 0, DiagnosticCodes.StringsInvalid, diagnostics);
        if (map is null) return;
        foreach (var (key, keyNode, value) in YamlDocument.Entries(map))
        {
            if (themeKeys is not null && !themeKeys.Contains(key))
            {
                Report(diagnostics, file, keyNode, DiagnosticCodes.StringsUnknownKey,
                    Suggestions.UnknownKey("SP0306", key, themeKeys),
                    warning: true);
            }

            if (value is not YamlScalarNode scalar)
            {
                Report(diagnostics, file, value, DiagnosticCodes.StringsValueType, Messages.Text("SP0305", ("key", key)));
                continue;
            }
            var text = scalar.Value ?? "";
            if (PlaceholderProblem(key, text) is { } problem)
            {
                Report(diagnostics, file, value, DiagnosticCodes.StringsPlaceholder, problem);
                continue;
            }
            into[key] = text;
        }
    }

    /// <summary>Why a text cannot be filled in: a brace that opens no known name, or a name this text is not given.</summary>
    internal static string? PlaceholderProblem(string key, string text)
    {
        var names = Placeholders.GetValueOrDefault(key) ?? [];
        var allowed = names.Count == 0 ? Messages.Text("SP0307.no_values") : Messages.Text("SP0307.values", ("names", string.Join(", ", names.Select(n => "{" + n + "}"))));
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '}') return Messages.Text("SP0307.stray_close", ("key", key), ("allowed", allowed));
            if (text[i] != '{') continue;
            var close = text.IndexOf('}', i + 1);
            var open = text.IndexOf('{', i + 1);
            if (close < 0 || (open >= 0 && open < close)) return Messages.Text("SP0307.unclosed", ("key", key), ("allowed", allowed));
            var name = text[(i + 1)..close];
            if (!names.Contains(name))
            {
                return Messages.Text("SP0307.unknown", ("key", key), ("name", name),
                    ("suggestion", Suggestions.DidYouMean(Suggestions.Closest(name, names) is { } near ? "{" + near + "}" : null)), ("allowed", allowed));
            }

            i = close;
        }
        return null;
    }

    private static void Report(ICollection<Diagnostic> diagnostics, string file, YamlNode node, string code, string message, bool warning = false)
    {
        var (line, column) = YamlDocument.Position(node, 0);
        diagnostics.Add(warning ? Diagnostic.Warning(file, line, column, code, message) : Diagnostic.Error(file, line, column, code, message));
    }
}
