using Scriban.Runtime;

namespace StaticPlans.Rendering.Theme;

/// <summary>The interface text as pages use it, once Loading's StringsLoader has read and checked every file.</summary>
public static class ThemeStrings
{
    /// <summary>A checked text with its one value put in: <c>Fill("{year}年度", "year", "2024")</c>.</summary>
    public static string Fill(string text, string name, string value) => text.Replace("{" + name + "}", value, StringComparison.Ordinal);

    public static ScriptObject ToScriptObject(IReadOnlyDictionary<string, string> strings)
    {
        var obj = new ScriptObject();
        foreach (var (key, value) in strings) obj.SetValue(key, value, true);
        return obj;
    }
}
