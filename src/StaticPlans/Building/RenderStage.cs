using System.Collections.Concurrent;
using StaticPlans.Diagnostics;
using StaticPlans.Output;
using StaticPlans.Rendering;
using StaticPlans.Rendering.Pages;
using StaticPlans.Rendering.Theme;
using StaticPlans.Threading;

namespace StaticPlans.Building;

/// <summary>The render stage: every page of the site as bytes, in the order of the page registry (<see cref="PageKinds"/>).</summary>
public static class RenderStage
{
    /// <summary>Renders every page into <paramref name="sink"/> as it is made, so the site never sits whole in memory.</summary>
    public static void Render(RenderInputs inputs, IOutputSink sink, DiagnosticBag diagnostics, BuildProgress? progress = null,
        CancellationToken cancel = default) =>
        Run(inputs, PageKinds.Jobs(inputs.Site).Select(job => (job, (IReadOnlySet<int>?)null)).ToList(), sink, diagnostics, progress, cancel);

    /// <summary>Renders only the selected jobs and pages (serve's one-plan edits).</summary>
    public static void RenderSome(RenderInputs inputs, RenderSelection selection, IOutputSink sink, DiagnosticBag diagnostics) =>
        Run(inputs, selection.Jobs.Select(job => (job, selection.PagesOf(job))).ToList(), sink, diagnostics, null, default);

    /// <param name="jobs">Each job with the listing pages to make, by number; null for all.</param>
    private static void Run(RenderInputs inputs, List<(RenderJob Job, IReadOnlySet<int>? Pages)> jobs, IOutputSink sink, DiagnosticBag diagnostics,
        BuildProgress? progress, CancellationToken cancel)
    {
        var ctx = new PageContext(inputs.Site, inputs.Theme, inputs.Strings, inputs.Insights);
        var failures = new ConcurrentBag<Diagnostic>();
        Parallel.For(0, jobs.Count, ParallelWork.Options(cancel), i =>
        {
            var (job, pages) = jobs[i];
            try
            {
                foreach (var file in job.Render(ctx, inputs.Tagger, pages is null ? null : pages.Contains))
                {
                    // A listing can run to hundreds of pages: a cancelled build stops between them.
                    if (cancel.IsCancellationRequested) return;
                    sink.Add(file);
                }
                if (job is PlanJob) progress?.Step();
            }
            catch (TemplateRenderException e)
            {
                failures.Add(e.Diagnostic);
            }
        });
        cancel.ThrowIfCancellationRequested();
        diagnostics.AddRange(failures);
    }
}
