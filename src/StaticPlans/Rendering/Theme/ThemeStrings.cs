using Scriban.Runtime;
using StaticPlans.Diagnostics;
using StaticPlans.Loading;

namespace StaticPlans.Rendering.Theme;

/// <summary>
/// The interface text of the theme (strings.yml, Simplified Chinese by default). A site changes or translates
/// any of it with its own strings.yml beside site.yml: its keys win over the theme's.
/// </summary>
public static class ThemeStrings
{
    public const string FileName = "strings.yml";

    public static IReadOnlyDictionary<string, string> Load(ThemeFiles theme, string siteRoot, ICollection<Diagnostic> diagnostics)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Merge(theme.ReadText(FileName), theme.DisplayPath(FileName), result, diagnostics);
        var sitePath = Path.Combine(siteRoot, FileName);
        if (File.Exists(sitePath)) Merge(File.ReadAllText(sitePath), FileName, result, diagnostics);
        return result;
    }

    public static ScriptObject ToScriptObject(IReadOnlyDictionary<string, string> strings)
    {
        var obj = new ScriptObject();
        foreach (var (key, value) in strings) obj.SetValue(key, value, true);
        return obj;
    }

    private static void Merge(string? yaml, string file, IDictionary<string, string> into, ICollection<Diagnostic> diagnostics)
    {
        if (yaml is null) return;
        var map = YamlDocument.ParseMapping(yaml, file, 0, DiagnosticCodes.StringsInvalid, diagnostics);
        if (map is null) return;
        foreach (var (key, _, value) in YamlDocument.Entries(map))
            into[key] = YamlDocument.Scalar(value) ?? "";
    }
}
