using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using StaticPlans.Cli;
using StaticPlans.Cli.Commands;
using StaticPlans.Diagnostics;

// Messages in the editors' language, chosen before anything prints (the UI culture is read before it is reset).
MessageLanguage.Current = LanguageOption.Choose(args);

// Output and messages are the same under any locale (a th-TH or ar-SA calendar would change every year printed).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
// System.CommandLine's own words (the help's headings, its parse errors) follow the UI culture: make it the chosen
// language, so --lang en on a Chinese Windows gives English headings too.
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentUICulture =
    MessageLanguage.Current == Language.Zh ? CultureInfo.GetCultureInfo("zh-Hans") : CultureInfo.InvariantCulture;

// Named, not a RootCommand: a RootCommand takes its name from the file that runs it, and under 'dotnet run' or
// 'dotnet StaticPlans.Cli.dll' usage lines would then say StaticPlans.Cli. Help and --version are what RootCommand adds.
var root = new Command("staticplans", Messages.Text("usage.root"))
{
    new HelpOption { Description = Messages.Text("usage.help") },
    new VersionOption { Description = Messages.Text("usage.version") },
    LanguageOption.Create(),
    BuildCommand.Create(),
    CheckCommand.Create(),
    ServeCommand.Create(),
    NewCommand.Create(),
    ImportCommand.Create(),
    ConvertEncodingCommand.Create(),
    ThemeCommand.Create(),
};
root.Options.OfType<VersionOption>().Single().Action = new VersionText.PrintAction();
var parsed = root.Parse(args);
if (VersionText.RequestedAfterCommand(parsed))
{
    Console.WriteLine(VersionText.Line());
    return ExitCodes.Success;
}
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"staticplans: {error.Message}");
    Console.Error.WriteLine(Messages.Text("cli.usage_hint"));
    return ExitCodes.Usage;
}
// System.CommandLine's own handler would print the exception whole; ours prints one line (the trace with --verbose).
var verbose = parsed.Tokens.Any(t => t.Type == TokenType.Option && t.Value is "--verbose" or "-v");
return await InternalFault.GuardAsync(() => parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }),
    verbose, Console.Error);
