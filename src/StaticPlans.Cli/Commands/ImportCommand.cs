using System.CommandLine;
using System.Text.RegularExpressions;
using StaticPlans.Diagnostics;
using StaticPlans.Authoring.Importing;
using StaticPlans.Loading;

namespace StaticPlans.Cli.Commands;

/// <summary>`staticplans import FILE`: turns a Word document or pasted text into a plan file ready to edit and commit.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = Messages.Text("usage.import.file") };
        var year = new Option<int?>("--year") { Description = Messages.Text("usage.import.year") };
        var kind = new Option<string?>("--kind") { Description = Messages.Text("usage.import.kind") };
        var slug = new Option<string?>("--slug") { Description = Messages.Text("usage.import.slug") };
        var source = new Option<DirectoryInfo>("--source", "-s")
        {
            Description = Messages.Text("usage.import.source"),
            DefaultValueFactory = _ => new DirectoryInfo("."),
        };
        var force = new Option<bool>("--force") { Description = Messages.Text("usage.import.force") };

        var command = new Command("import", Messages.Text("usage.import"))
        {
            file, year, kind, slug, source, force,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var request = new ImportRequest(
                parseResult.GetRequiredValue(file).FullName,
                parseResult.GetRequiredValue(source).FullName,
                parseResult.GetValue(year),
                parseResult.GetValue(kind),
                parseResult.GetValue(slug),
                parseResult.GetValue(force));
            if (UsageProblem(request) is string problem)
            {
                error.WriteLine($"error: {problem}");
                return ExitCodes.Usage;
            }
            try
            {
                var (path, plan) = PlanImporter.Import(request);
                var shown = Path.GetRelativePath(Environment.CurrentDirectory, path);
                output.WriteLine(Messages.Text("cli.import.wrote", ("path", shown.StartsWith("..", StringComparison.Ordinal) ? path : shown)));
                if (plan.Undecided.Count > 0)
                {
                    output.WriteLine(Messages.Text("cli.import.undecided"));
                    foreach (var item in plan.Undecided) output.WriteLine($"  - {item}");
                }
                return ExitCodes.Success;
            }
            catch (ImportException e)
            {
                error.WriteLine($"error: {e.Message}");
                return ExitCodes.ContentErrors;
            }
        });
        return command;
    }

    private static string? UsageProblem(ImportRequest request)
    {
        if (!File.Exists(request.SourceFile)) return $"{request.SourceFile}: {Messages.Text("cli.convert.missing")}";
        var extension = Path.GetExtension(request.SourceFile).ToLowerInvariant();
        if (extension is not (".docx" or ".txt" or ".text"))
            return $"{Path.GetFileName(request.SourceFile)}: {Messages.Text("cli.import.type")}";
        if (request.Year is int y && !PlanFormat.IsYear(y))
            return Messages.Text("cli.import.year", ("year", y), ("first", PlanFormat.FirstYear), ("last", PlanFormat.LastYear));
        if (request.Kind is string k && !Regex.IsMatch(k, "^[a-z][a-z0-9-]*$"))
            return Messages.Text("cli.import.kind", ("kind", k));
        if (request.Slug is string s && PlanFormat.SlugProblem(s) is { } slugProblem)
            return Messages.Text("cli.import.slug", ("slug", s), ("problem", slugProblem));
        return null;
    }
}
