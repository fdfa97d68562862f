using System.CommandLine;
using System.Globalization;
using StaticPlans.Cli.Commands;
using StaticPlans.Cli;

// Output and messages are the same under any locale (a th-TH or ar-SA calendar would change every year printed).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

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
return await parsed.InvokeAsync();
