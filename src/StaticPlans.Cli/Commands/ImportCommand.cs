using System.CommandLine;
using System.Text.RegularExpressions;
using StaticPlans.Importing;

namespace StaticPlans.Cli.Commands;

/// <summary>`staticplans import FILE`: turns a Word document or pasted text into a plan file ready to edit and commit.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The plan as a Word document (.docx) or plain text (.txt, UTF-8 or GBK)" };
        var year = new Option<int?>("--year") { Description = "Year of the plan, when the title and date do not give it" };
        var kind = new Option<string?>("--kind") { Description = "Kind of plan (a key of 'kinds' in site.yml: plan, summary, key-points, summary-plan)" };
        var slug = new Option<string?>("--slug") { Description = "File name of the plan, without .md (default: the ASCII file name, else <year>-<kind>)" };
        var source = new Option<DirectoryInfo>("--source", "-s")
        {
            Description = "Site folder that holds content/plans",
            DefaultValueFactory = _ => new DirectoryInfo("."),
        };
        var force = new Option<bool>("--force") { Description = "Overwrite the plan file if it already exists" };

        var command = new Command("import", "Import a Word document or pasted text as a plan: writes content/plans/<year>/<slug>.md")
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
                output.WriteLine($"wrote {(shown.StartsWith("..", StringComparison.Ordinal) ? path : shown)}");
                if (plan.Undecided.Count > 0)
                {
                    output.WriteLine("could not decide (fill these in before publishing; `check` reports what is left):");
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
        if (!File.Exists(request.SourceFile)) return $"{request.SourceFile}: no such file";
        var extension = Path.GetExtension(request.SourceFile).ToLowerInvariant();
        if (extension is not (".docx" or ".txt" or ".text"))
            return $"{Path.GetFileName(request.SourceFile)}: only .docx and .txt files can be imported (save .doc or .pdf as .docx or .txt first)";
        if (request.Year is < 1949 or > 2100) return $"--year {request.Year}: a year from 1949 to 2100";
        if (request.Kind is string k && !Regex.IsMatch(k, "^[a-z][a-z0-9-]*$"))
            return $"--kind '{k}': a kind key from site.yml such as plan, summary, key-points or summary-plan";
        if (request.Slug is string s && !ImportSlug.IsSafe(s)) return $"--slug '{s}': use only a-z, 0-9, '-' and '_'";
        return null;
    }
}
