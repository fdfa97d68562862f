using System.CommandLine;
using StaticPlans.Cli.Commands;

// Minimal entry point for the import branch; the lead's Program.cs registers every command.
var root = new RootCommand("StaticPlans: publish education bureaus' annual plans as a static site")
{
    ImportCommand.Create(),
};
var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0)
{
    foreach (var error in parseResult.Errors) Console.Error.WriteLine($"error: {error.Message}");
    return 2;
}
return await parseResult.InvokeAsync();
