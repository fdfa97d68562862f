using System.CommandLine;
using StaticPlans.Diagnostics;
using StaticPlans.Authoring.Scaffolding;

namespace StaticPlans.Cli.Commands;

internal static class ThemeCommand
{
    public static Command Create() => new("theme", Messages.Text("usage.theme")) { ExportCommand() };

    private static Command ExportCommand()
    {
        var folder = new Argument<string>("DIR") { Description = Messages.Text("usage.theme.export.dir"), DefaultValueFactory = _ => "." };
        var command = new Command("export", Messages.Text("usage.theme.export")) { folder };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            var (written, error) = ThemeExport.Export(dir);
            if (error is not null)
            {
                Console.Error.WriteLine($"staticplans: {error}");
                return ExitCodes.ContentErrors;
            }
            foreach (var path in written) Console.WriteLine(Path.Combine(dir, path));
            Console.WriteLine(Messages.Text("cli.theme.wrote", ("files", Messages.Count(written.Count, "file"))));
            return ExitCodes.Success;
        });
        return command;
    }
}
