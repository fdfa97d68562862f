using System.CommandLine;
using StaticPlans.Scaffolding;

namespace StaticPlans.Cli.Commands;

internal static class ThemeCommand
{
    public static Command Create() => new("theme", "Work with the built-in theme") { ExportCommand() };

    private static Command ExportCommand()
    {
        var folder = new Argument<string>("DIR") { Description = "Where to write the theme's files (default: the current folder, the site folder)", DefaultValueFactory = _ => "." };
        var command = new Command("export", "Write the built-in theme's layouts/, assets/ and strings.yml, so a site can change them; never overwrites a file") { folder };
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
            Console.WriteLine($"Wrote {StaticPlans.Text.Counts.Of(written.Count, "file")}. In a site folder they now override the built-in theme: " +
                "keep the ones you change and delete the rest, so later versions of the theme reach them. For small changes, assets/custom.css is enough.");
            return ExitCodes.Success;
        });
        return command;
    }
}
