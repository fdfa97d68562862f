using System.CommandLine;
using System.Runtime;
using StaticPlans.Building;
using StaticPlans.Diagnostics;

namespace StaticPlans.Cli.Commands;

/// <summary>Runs the whole pipeline except the write and lists every problem; CI runs this on each commit.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var source = new Option<string>("--source", "-s") { Description = Messages.Text("usage.source"), DefaultValueFactory = _ => "." };
        var format = new Option<string>("--format") { Description = Messages.Text("usage.check.format"), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var strict = new Option<bool>("--warnings-as-errors") { Description = Messages.Text("usage.check.strict") };
        var drafts = new Option<bool>("--drafts") { Description = Messages.Text("usage.check.drafts") };
        var command = new Command("check", Messages.Text("usage.check")) { source, format, strict, drafts };
        command.SetAction(parse =>
        {
            var src = parse.GetValue(source)!;
            // One batch, as a build (BuildCommand says what background collections cost).
            GCSettings.LatencyMode = GCLatencyMode.Batch;
            var result = SiteBuilder.Generate(new SiteOptions(src, Drafts: parse.GetValue(drafts))).Result;
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(DiagnosticJson.Format(result.Diagnostics));
            }
            else
            {
                DiagnosticPrinter.Print(result.Diagnostics, Console.Out);
                if (result.Diagnostics.Count == 0) Console.Out.WriteLine(Messages.Text("cli.no_problems", ("plans", Messages.Count(result.PlanCount, "plan"))));
            }
            var failed = !result.Succeeded || (parse.GetValue(strict) && result.Diagnostics.Count > 0);
            return failed ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }
}
