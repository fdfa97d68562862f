using System.CommandLine;
using System.Runtime;
using StaticPlans.Building;
using StaticPlans.Diagnostics;
using StaticPlans.Loading;
using StaticPlans.Text;

namespace StaticPlans.Cli.Commands;

internal static class BuildCommand
{
    public static Command Create()
    {
        var source = new Option<string>("--source", "-s") { Description = Messages.Text("usage.source"), DefaultValueFactory = _ => "." };
        var output = new Option<string?>("--output", "-o") { Description = Messages.Text("usage.build.output") };
        var baseUrl = new Option<string?>("--base-url") { Description = Messages.Text("usage.build.base_url") };
        var drafts = new Option<bool>("--drafts") { Description = Messages.Text("usage.build.drafts") };
        var verbose = new Option<bool>("--verbose", "-v") { Description = Messages.Text("usage.build.verbose") };
        var force = new Option<bool>("--force") { Description = Messages.Text("usage.build.force") };
        var compress = new Option<bool>("--compress") { Description = Messages.Text("usage.build.compress") };
        var command = new Command("build", Messages.Text("usage.build")) { source, output, baseUrl, drafts, verbose, force, compress };
        command.SetAction(parse =>
        {
            var src = parse.GetValue(source)!;
            var progress = new BuildProgress();
            var options = new BuildOptions(src, parse.GetValue(output) ?? Path.Combine(src, SiteInputs.DefaultOutputFolder), parse.GetValue(baseUrl),
                parse.GetValue(drafts), parse.GetValue(force))
            { Progress = progress, Compress = parse.GetValue(compress) };
            // A build is one batch, whose pauses nobody waits on: background collections only took the second core
            // from the stages. At 10,000 plans, alternating 3 runs each on a loaded machine: CPU 25.1-26.1 s in batch
            // mode against 25.5-27.4 s (render 7.3-8.3 s against 8.0-8.6 s), peak 1,207-1,223 MiB against
            // 1,267-1,280. Serve keeps background collections: there a pause is an editor waiting.
            GCSettings.LatencyMode = GCLatencyMode.Batch;
            BuildResult result;
            using (new ProgressDisplay(progress)) result = SiteBuilder.Build(options);
            DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
            if (parse.GetValue(verbose))
            {
                foreach (var t in result.Timings)
                {
                    Console.WriteLine(t.Concurrent
                        ? $"stage {t.Stage} {t.Elapsed.TotalMilliseconds:0} ms (beside the stages above: its cpu and allocations are in theirs)"
                        : $"stage {t.Stage} {t.Elapsed.TotalMilliseconds:0} ms (cpu {t.Cpu.TotalMilliseconds:0} ms), allocated {t.AllocatedBytes >> 20} MiB, heap {t.HeapBytes >> 20} MiB, peak {t.PeakBytes >> 20} MiB so far");
                }
                Console.WriteLine($"gc paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms in {GC.CollectionCount(0)} collections " +
                    $"({GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2)");
            }
            if (result.UpToDate)
            {
                Console.WriteLine(Messages.Text("cli.up_to_date", ("output", Path.GetFullPath(options.OutputDir))));
                return ExitCodes.Success;
            }
            if (result.OutputRefused)
            {
                Console.Error.WriteLine(Messages.Text("cli.build_refused"));
                return ExitCodes.Usage;
            }
            if (!result.Succeeded)
            {
                Console.Error.WriteLine(Messages.Text("cli.build_failed"));
                return ExitCodes.ContentErrors;
            }
            foreach (var note in result.Notes) Console.Error.WriteLine(Messages.Text("cli.warning_note", ("note", note)));
            Console.WriteLine(Messages.Text("cli.built", ("plans", Messages.Count(result.PlanCount, "plan")), ("years", Messages.Count(result.YearCount, "year")),
                ("topics", Messages.Count(result.TopicCount, "topic")), ("pages", Messages.Count(result.PageCount, "page")),
                ("files", Messages.Count(result.FileCount, "file")), ("seconds", result.Total.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)),
                ("output", Path.GetFullPath(options.OutputDir))));
            return ExitCodes.Success;
        });
        return command;
    }
}
