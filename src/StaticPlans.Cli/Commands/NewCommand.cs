using System.CommandLine;
using System.Globalization;
using StaticPlans.Scaffolding;

namespace StaticPlans.Cli.Commands;

internal static class NewCommand
{
    public static Command Create() => new("new", "Create a new site or a new plan file") { SiteCommand(), PlanCommand() };

    private static Command SiteCommand()
    {
        var dir = new Argument<string>("DIR") { Description = "Folder to create the site in (new or empty)" };
        var bureau = new Option<string>("--bureau") { Description = "The bureau's name, used in site.yml and the example plan", DefaultValueFactory = _ => "示例县教育局" };
        var command = new Command("site", "Create a working site: site.yml with the 12 default topics and one example plan") { dir, bureau };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            var (files, error) = SiteScaffold.Create(folder, DateOnly.FromDateTime(DateTime.Now), parse.GetValue(bureau)!);
            if (error is not null)
            {
                Console.Error.WriteLine($"staticplans: {error}");
                return ExitCodes.ContentErrors;
            }
            foreach (var file in files) Console.WriteLine(Path.Combine(folder, file));
            Console.WriteLine($"Next: cd {folder} && staticplans serve");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command PlanCommand()
    {
        var year = new Option<int>("--year") { Description = "The plan's year, e.g. 2025", Required = true };
        var kind = new Option<string>("--kind") { Description = "A kind from site.yml: plan, summary, key-points, …", Required = true };
        var title = new Option<string>("--title") { Description = "The plan's title as printed on the document", Required = true };
        var slug = new Option<string?>("--slug") { Description = "URL name (ASCII letters, digits, '-'); default YEAR-KIND" };
        var date = new Option<string?>("--date") { Description = "成文日期 as YYYY-MM-DD; without it the date is a placeholder that check reports until it is filled in" };
        var source = new Option<string>("--source", "-s") { Description = "The site folder (holds site.yml and content/)", DefaultValueFactory = _ => "." };
        var command = new Command("plan", "Create a plan file with valid front matter and print its path") { year, kind, title, slug, date, source };
        command.SetAction(parse =>
        {
            var y = parse.GetValue(year);
            DateOnly? when = null;
            if (parse.GetValue(date) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var given))
                {
                    Console.Error.WriteLine($"staticplans: --date '{text}' is not a date: write it as YYYY-MM-DD");
                    return ExitCodes.Usage;
                }
                when = given;
            }
            var root = parse.GetValue(source)!;
            var (path, error) = PlanScaffold.Create(root, y, parse.GetValue(kind)!, parse.GetValue(title)!, parse.GetValue(slug), when);
            if (error is not null)
            {
                Console.Error.WriteLine($"staticplans: {error}");
                return ExitCodes.ContentErrors;
            }
            Console.WriteLine(Path.Combine(root, path!));
            return ExitCodes.Success;
        });
        return command;
    }
}
