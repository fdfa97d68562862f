using System.Diagnostics;
using StaticPlans.Diagnostics;
using StaticPlans.Insights;
using StaticPlans.Loading;
using StaticPlans.Model;
using StaticPlans.Output;
using StaticPlans.Rendering.Theme;
using StaticPlans.Threading;
using Diagnostic = StaticPlans.Diagnostics.Diagnostic;

namespace StaticPlans.Building;

/// <summary>
/// The pipeline, in two visible steps as Zola's Site::load() then build(): <see cref="Prepare"/> loads and models the
/// site (load → model), <see cref="Emit"/> makes every file from it (index → insights → render → copied files). A build
/// streams them into the output folder and commits it whole; check and serve keep them in memory. Every stage is
/// timed; only a build touches the output, and only when no stage reported an error.
/// </summary>
public static class SiteBuilder
{
    /// <summary>'build': refuses an unsafe output, skips when nothing changed, prepares, then writes the site atomically.</summary>
    public static BuildResult Build(BuildOptions options, CancellationToken cancel = default)
    {
        using var culture = InvariantCultureScope.Enter();
        var run = new BuildRun();
        var root = options.SourceDir;
        var (output, refusal) = OutputFolderGuard.Resolve(root, options.OutputDir, options.Force);
        if (output is null || refusal is not null)
        {
            if (refusal is not null) run.Bag.Add(refusal);
            return run.Result();
        }
        // The output's state (the stamp's list of it looked up, OutputManifest) is taken while the inputs are scanned and fingerprinted.
        // Abandoned as soon as the inputs' fingerprint differs from the stamp's: the build then needs the cores.
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var abandoned = abandon.Token;
        var outputState = !options.Force && BuildFingerprint.IsStamped(output)
            ? Task.Run(() => BuildFingerprint.OutputState(output, abandoned), abandoned)
            : null;
        var scanned = new List<(string, long, long)>();
        if (!InputsAreSafe(root, run, scanned)) return run.Result();
        var fingerprint = BuildFingerprint.Compute(options, scanned);
        if (outputState is not null && BuildFingerprint.Matches(output, fingerprint, outputState, abandon))
        {
            run.Stage("check");
            return run.Result() with { UpToDate = true };
        }
        if (Prepare(options.Site, run, cancel) is not { } prepared) return run.Result();

        // A build streams pages into the staging folder as they are made.
        using var writer = OpenWriter(output, options, run.Bag);
        if (writer is null) return run.Result();
        var sink = new CountingSink(writer);
        if (Emit(prepared, sink, run, cancel) is null) return run.Result();
        var compressed = 0;
        if (options.Compress) compressed = Precompression.CompressFolder(writer.StagingFolder, cancel);
        try
        {
            if (writer.Failure is { } failure) throw new IOException(failure);
            OutputManifest.Stamp(writer, fingerprint);
            cancel.ThrowIfCancellationRequested();
            writer.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            run.Bag.Add(Diagnostic.Error(options.OutputDir, 0, 0, DiagnosticCodes.OutputFailed,
                Messages.Text("SP0402.write", ("reason", e.Message))));
        }
        run.Stage("write");
        return run.Result([], sink.Count + compressed, sink.Pages) with { Notes = Notes(prepared.Config) };
    }

    /// <summary>
    /// 'check' and 'serve': prepares, then makes every file into memory. Names no output folder and writes nothing; the
    /// prepared site comes back with the files (serve applies later edits to it).
    /// </summary>
    public static GeneratedSite Generate(SiteOptions options, CancellationToken cancel = default)
    {
        using var culture = InvariantCultureScope.Enter();
        var run = new BuildRun();
        if (!InputsAreSafe(options.SourceDir, run) || Prepare(options, run, cancel) is not { } prepared) return new(run.Result(), null);
        var memory = new MemorySink();
        var sink = new CountingSink(memory);
        if (Emit(prepared, sink, run, cancel) is not { } made) return new(run.Result(), null);
        run.Stage("write");
        return new(run.Result(memory.Files, sink.Count, sink.Pages) with { Notes = Notes(prepared.Config) }, made);
    }

    /// <summary>Before anything is read: a FIFO would hang the fingerprint, a link to /proc/self/environ would be published.</summary>
    private static bool InputsAreSafe(string root, BuildRun run, List<(string, long, long)>? scanned = null)
    {
        var unsafeInputs = SiteInputs.Scan(root, scanned);
        run.Bag.AddRange(unsafeInputs);
        return unsafeInputs.Count == 0;
    }

    /// <summary>Step one, load → model: the prepared site, or null when a stage reported an error (in the run's bag).</summary>
    private static PreparedSite? Prepare(SiteOptions options, BuildRun run, CancellationToken cancel)
    {
        var root = options.SourceDir;
        options.Progress?.Start("load", 0);
        var loaded = LoadStage(root, options, run.Bag, cancel);
        run.Stage("load");
        if (loaded is null) return null;
        var (config, plans, parsingTheme) = loaded.Value;
        cancel.ThrowIfCancellationRequested();

        var builder = new PlanBuilder(config, root);
        options.Progress?.Start("model", plans.Length);
        var staticFiles = ContentSource.StaticFiles(root).ToHashSet(StringComparer.Ordinal);
        var site = ModelStage(options, config, plans, builder, staticFiles, run.Bag, cancel);
        run.Site = site;
        var (theme, strings) = parsingTheme.GetAwaiter().GetResult();
        run.Stage("model");
        if (run.Bag.HasErrors || theme is null) return null;
        cancel.ThrowIfCancellationRequested();
        return new PreparedSite(options, config, theme, strings, builder, site, staticFiles);
    }

    /// <summary>
    /// Step two, index → insights → render → copied files, each into <paramref name="sink"/> as it is made: the prepared
    /// site with its insights, or null when a stage reported an error.
    /// </summary>
    private static PreparedSite? Emit(PreparedSite prepared, IOutputSink sink, BuildRun run, CancellationToken cancel)
    {
        var (site, progress) = (prepared.Site, prepared.Options.Progress);
        // The index reads only the model, and nothing else reads the index: it runs beside the insights and the render,
        // and writes its files when it is done. Alone, neither the index nor the insights kept both cores busy (at
        // 10,000 plans 1.65 and 1.5 of them), and the render waited 2.4 s for the index at the end of the insights.
        progress?.Start("index", site.Plans.Count);
        using var stopIndex = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var indexClock = Stopwatch.StartNew();
        var index = Task.Run(() =>
        {
            foreach (var file in IndexStage.Build(site, stopIndex.Token)) sink.Add(file);
            indexClock.Stop();
        }, stopIndex.Token);
        try
        {
            // Timed in three parts: figure extraction, related sections (the similarity search), then the rest.
            var insights = SiteInsights.Compute(site, part => run.Stage("insights " + part), cancel);
            run.Stage("insights rest");
            prepared = prepared with { Insights = insights };
            cancel.ThrowIfCancellationRequested();

            progress?.Start("render", site.Plans.Count);
            RenderStage.Render(prepared.RenderInputs, sink, run.Bag, progress, cancel);
            run.Stage("render");
            if (run.Bag.HasErrors) return null;

            index.GetAwaiter().GetResult();
            run.Beside("index", indexClock.Elapsed);
            run.Stage("index wait");
        }
        finally
        {
            // A stage that failed or was cancelled leaves no index running behind the build (serve goes on).
            if (!index.IsCompleted)
            {
                stopIndex.Cancel();
                try
                {
                    index.Wait(CancellationToken.None);
                }
                catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
                {
                }
            }
        }

        progress?.Start("write", 0);
        foreach (var file in CopiedFiles(prepared.Options.SourceDir, prepared.Config, site, run.Bag)) sink.Add(file);
        return run.Bag.HasErrors ? null : prepared;
    }

    /// <summary>Each plan's attachments, in its folder; copied as streams (a signed PDF can be large).</summary>
    internal static IEnumerable<OutputFile> AttachmentFiles(string root, IEnumerable<Plan> plans) =>
        plans.SelectMany(plan => plan.Attachments.Select(a => OutputFile.Streamed(plan.Path + a.Name, stream =>
        {
            using var source = File.OpenRead(Path.Combine(root, a.SourcePath));
            source.CopyTo(stream);
        })));

    /// <summary>What a build tells its user about the site as a whole.</summary>
    private static IReadOnlyList<string> Notes(SiteConfig config)
    {
        if (config.BasePath == "/") return [];
        var root = new Uri(config.BaseUrl, "/robots.txt").AbsoluteUri;
        return [Messages.Text("note.robots", ("base_url", config.BaseUrl.AbsoluteUri), ("root", root), ("path", config.BasePath))];
    }

    /// <summary>The staging folder beside the output, or null with a diagnostic when it cannot be made (a read-only parent).</summary>
    private static AtomicSiteWriter? OpenWriter(string output, BuildOptions options, DiagnosticBag bag)
    {
        try
        {
            return new AtomicSiteWriter(output, options.CreateOutputFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Add(Diagnostic.Error(options.OutputDir, 0, 0, DiagnosticCodes.OutputFailed,
                Messages.Text("SP0402.beside", ("reason", e.Message))));
            return null;
        }
    }

    /// <summary>Counts what passes through, for the summary line.</summary>
    private sealed class CountingSink(IOutputSink inner) : IOutputSink
    {
        private int _count;
        private int _pages;
        public int Count => _count;
        public int Pages => _pages;

        public void Add(OutputFile file)
        {
            inner.Add(file);
            Interlocked.Increment(ref _count);
            if (file.Path.EndsWith(".html", StringComparison.Ordinal)) Interlocked.Increment(ref _pages);
        }
    }

    /// <summary>
    /// The site's settings, its plans as read, and the theme still being parsed: only the render needs the theme, so it
    /// is parsed beside the plans' loading and modelling (its diagnostics go into <paramref name="bag"/> when it is
    /// done). On the sample site the parse was a third of the load stage (21 of 61 ms), on one core while the other
    /// had nothing to do.
    /// </summary>
    private static (SiteConfig, LoadedPlan[], Task<(ThemeEngine?, IReadOnlyDictionary<string, string>)>)? LoadStage(string root,
        SiteOptions options, DiagnosticBag bag, CancellationToken cancel)
    {
        var configDiagnostics = new List<Diagnostic>();
        var config = SiteConfigLoader.Load(root, configDiagnostics, options.BaseUrl);
        bag.AddRange(configDiagnostics);
        if (config is null) return null;

        var theme = Task.Run(() =>
        {
            var themeDiagnostics = new List<Diagnostic>();
            var (layouts, strings) = ThemeLoader.Load(root, config.Theme, themeDiagnostics);
            var engine = layouts is null ? null : new ThemeEngine(layouts);
            bag.AddRange(themeDiagnostics);
            return (engine, strings);
        }, CancellationToken.None);

        foreach (var (path, advice) in ContentSource.UnreadMarkdown(root))
            bag.Add(Diagnostic.Warning(path, 1, 1, DiagnosticCodes.PlanFileIgnored, advice));
        var files = ContentSource.PlanFiles(root);
        var plans = new LoadedPlan?[files.Count];
        Parallel.For(0, files.Count, ParallelWork.Options(cancel), i =>
        {
            var local = new List<Diagnostic>();
            plans[i] = SiteInputs.ReadPlan(root, files[i], local) is { } bytes ? PlanLoader.Load(bytes, files[i], config, local) : null;
            bag.AddRange(local);
        });
        return (config, plans.OfType<LoadedPlan>().ToArray(), theme);
    }

    private static Site ModelStage(SiteOptions options, SiteConfig config, LoadedPlan[] loaded, PlanBuilder builder, IReadOnlySet<string> staticFiles,
        DiagnosticBag bag, CancellationToken cancel)
    {
        var (drafts, progress) = (options.Drafts, options.Progress);
        var built = new Plan?[loaded.Length];
        var parallel = ParallelWork.Options(cancel);
        Parallel.For(0, loaded.Length, parallel, i =>
        {
            var local = new List<Diagnostic>();
            built[i] = builder.Build(loaded[i], local);
            bag.AddRange(local);
            progress?.Step();
        });
        var published = built.OfType<Plan>().Where(p => drafts || !p.Draft).ToList();
        ReportUrlClashes(published, loaded, bag);
        var site = new Site(config, Site.Order(published.DistinctBy(p => p.Path, StringComparer.OrdinalIgnoreCase)));
        var checker = new LinkChecker(site, staticFiles);
        Parallel.ForEach(site.Plans, parallel, plan =>
        {
            var local = new List<Diagnostic>();
            checker.Check(plan, local);
            bag.AddRange(local);
        });
        return site;
    }

    /// <summary>
    /// Two plans at one URL, or at URLs that differ only in case (one folder on Windows and macOS, where the site is
    /// often copied): an error at the later file's 'slug:' line.
    /// </summary>
    private static void ReportUrlClashes(List<Plan> published, LoadedPlan[] loaded, DiagnosticBag bag)
    {
        var slugAt = loaded.ToDictionary(p => p.SourcePath, p => p.SlugAt, StringComparer.Ordinal);
        foreach (var clash in published.GroupBy(p => p.Path, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var plans = clash.OrderBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
            foreach (var plan in plans.Skip(1))
            {
                var (line, column) = slugAt.GetValueOrDefault(plan.SourcePath);
                var message = plan.Path == plans[0].Path
                    ? Messages.Text("SP0109.same", ("other", plans[0].SourcePath), ("path", plan.Path))
                    : Messages.Text("SP0109.case", ("path", plan.Path), ("other", plans[0].SourcePath), ("other_path", plans[0].Path));
                bag.Add(Diagnostic.Error(plan.SourcePath, Math.Max(line, 1), Math.Max(column, 1), DiagnosticCodes.DuplicateUrl, message));
            }
        }
    }

    private static IEnumerable<OutputFile> CopiedFiles(string root, SiteConfig config, Site site, DiagnosticBag bag)
    {
        foreach (var file in AttachmentFiles(root, site.Plans)) yield return file;
        var theme = new ThemeFiles(root, config.Theme);
        foreach (var asset in theme.List("assets/"))
            yield return new OutputFile(asset, theme.ReadBytes(asset)!);
        foreach (var file in ContentSource.StaticFiles(root))
        {
            var local = new List<Diagnostic>();
            if (SiteInputs.Read(root, SiteInputs.StaticFolder + "/" + file, maxBytes: null, local) is { } bytes) yield return new OutputFile(file, bytes);
            bag.AddRange(local);
        }
    }
}
