using System.CommandLine;
using System.CommandLine.Parsing;
using StaticPlans.Cli.Commands;
using StaticPlans.Cli;

var root = new RootCommand("StaticPlans: publish education bureaus' plans (工作计划、工作总结、工作要点) as a static, searchable site.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    ServeCommand.Create(),
    NewCommand.Create(),
    ImportCommand.Create(),
    ConvertEncodingCommand.Create(),
};
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"staticplans: {error.Message}");
    Console.Error.WriteLine("Run 'staticplans --help' for usage.");
    return ExitCodes.Usage;
}
// System.CommandLine's own handler would print the exception whole; ours prints one line (the trace with --verbose).
var verbose = parsed.Tokens.Any(t => t.Type == TokenType.Option && t.Value is "--verbose" or "-v");
return await InternalFault.GuardAsync(() => parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }),
    verbose, Console.Error);
