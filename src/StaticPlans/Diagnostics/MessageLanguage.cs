using System.Globalization;

namespace StaticPlans.Diagnostics;

public enum Language { En, Zh }

/// <summary>
/// The language of diagnostics and of the CLI's own lines. Chosen once per process by the CLI (--lang, else the
/// system language); the library never reads the environment itself, so in-process callers (and tests) get English.
/// </summary>
public static class MessageLanguage
{
    public static Language Current { get; set; } = Language.En;

    /// <summary>zh, zh-CN, zh_CN.UTF-8, zh-Hans … are Chinese; anything else (C, POSIX, en_US, empty) is English.</summary>
    public static Language Parse(string? name) =>
        name is not null && name.Trim().StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Language.Zh : Language.En;

    /// <summary>
    /// The system's language: on Unix the first set of LC_ALL, LC_MESSAGES, LANG (the POSIX order for messages);
    /// on Windows the UI culture, since Windows has no such variables.
    /// </summary>
    public static Language FromSystem(Func<string, string?> environment, CultureInfo uiCulture, bool windows)
    {
        if (windows) return Parse(uiCulture.Name);
        foreach (var name in new[] { "LC_ALL", "LC_MESSAGES", "LANG" })
        {
            if (environment(name) is { Length: > 0 } value) return Parse(value);
        }
        return Language.En;
    }
}
