using System.CommandLine;
using System.Globalization;
using StaticPlans.Diagnostics;

namespace StaticPlans.Cli;

/// <summary>
/// <c>--lang zh|en</c> on every command. The language is chosen before the commands are made, from the raw
/// arguments, so usage lines and every diagnostic of the run use it; without --lang, the system language decides.
/// </summary>
internal static class LanguageOption
{
    public const string Name = "--lang";

    public static Option<string> Create()
    {
        var option = new Option<string>(Name) { Description = Messages.Text("cli.option.lang"), Recursive = true };
        option.AcceptOnlyFromAmong("zh", "en");
        return option;
    }

    /// <summary>The language of this run: the last valid --lang VALUE or --lang=VALUE, else the system's.</summary>
    public static Language Choose(IReadOnlyList<string> args)
    {
        Language? chosen = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] == Name && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith(Name + "=", StringComparison.Ordinal) ? args[i][(Name.Length + 1)..] : null;
            if (args[i] == "--") break;
            if (value is "zh" or "en") chosen = MessageLanguage.Parse(value);
        }
        return chosen ?? MessageLanguage.FromSystem(Environment.GetEnvironmentVariable, CultureInfo.CurrentUICulture, OperatingSystem.IsWindows());
    }
}
