using System.CommandLine;
using System.Globalization;
using StaticPlans.Diagnostics;
using StaticPlans.Authoring.Scaffolding;

namespace StaticPlans.Cli.Commands;

internal static class NewCommand
{
    public static Command Create() => new("new", Messages.Text("usage.new")) { SiteCommand(), PlanCommand() };

    private static Command SiteCommand()
    {
        var dir = new Argument<string>("DIR") { Description = Messages.Text("usage.new.site.dir") };
        var bureau = new Option<string>("--bureau") { Description = Messages.Text("usage.new.site.bureau"), DefaultValueFactory = _ => "示例县教育局" };
        var command = new Command("site", Messages.Text("usage.new.site")) { dir, bureau };
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
            Console.WriteLine(Messages.Text("cli.new.next", ("folder", folder)));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command PlanCommand()
    {
        var year = new Option<int>("--year") { Description = Messages.Text("usage.new.plan.year"), Required = true };
        var kind = new Option<string>("--kind") { Description = Messages.Text("usage.new.plan.kind"), Required = true };
        var title = new Option<string>("--title") { Description = Messages.Text("usage.new.plan.title"), Required = true };
        var slug = new Option<string?>("--slug") { Description = Messages.Text("usage.new.plan.slug") };
        var date = new Option<string?>("--date") { Description = Messages.Text("usage.new.plan.date") };
        var source = new Option<string>("--source", "-s") { Description = Messages.Text("usage.source"), DefaultValueFactory = _ => "." };
        var command = new Command("plan", Messages.Text("usage.new.plan")) { year, kind, title, slug, date, source };
        command.SetAction(parse =>
        {
            var y = parse.GetValue(year);
            DateOnly? when = null;
            if (parse.GetValue(date) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var given))
                {
                    Console.Error.WriteLine("staticplans: " + Messages.Text("cli.new.date", ("value", text)));
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
