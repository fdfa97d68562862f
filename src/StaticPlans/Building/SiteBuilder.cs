using System.Diagnostics;
using StaticPlans.Diagnostics;
using StaticPlans.Insights;
using StaticPlans.Loading;
using StaticPlans.Model;
using StaticPlans.Output;
using StaticPlans.Rendering.Theme;
using Diagnostic = StaticPlans.Diagnostics.Diagnostic;
using StaticPlans.Threading;

namespace StaticPlans.Building;

/// <summary>
/// The pipeline: load → model → index → insights → render → write. Each stage takes the previous stage's values and is
/// timed; only the write stage touches the output, and only when no stage reported an error.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, CancellationToken cancel = default) => Run(options, write: true, cancel);

    /// <summary>Everything but the write: what 'check' runs, and what 'serve' serves from memory.</summary>
    public static BuildResult Generate(BuildOptions options, CancellationToken cancel = default) => Run(options, write: false, cancel);

    /// <summary>A generate that also hands back the loaded site, so later edits can be applied without a full rebuild.</summary>
    internal static BuildResult Generate(BuildOptions options, Action<PreparedSite> capture, CancellationToken cancel) =>
        Run(options, write: false, cancel, capture);

    private static BuildResult Run(BuildOptions options, bool write, CancellationToken cancel, Action<PreparedSite>? capture = null)
    {
        using var culture = InvariantCultureScope.Enter();
        var bag = new DiagnosticBag();
        var timings = new List<StageTiming>();
        var clock = Stopwatch.StartNew();
        var allocated = GC.GetTotalAllocatedBytes();
        var (cpu, _) = ProcessFigures();
        void Stage(string name)
        {
            var now = GC.GetTotalAllocatedBytes();
            var (cpuNow, peak) = ProcessFigures();
            timings.Add(new StageTiming(name, clock.Elapsed, GC.GetTotalMemory(false), peak, now - allocated, cpuNow - cpu));
            allocated = now;
            cpu = cpuNow;
            clock.Restart();
        }
        BuildResult Result(Site? site, IReadOnlyList<OutputFile> files, int fileCount = 0, int pageCount = 0) => new(bag.ToSortedList(), timings,
            site?.Plans.Count ?? 0, pageCount, site?.Config.Topics.Count ?? 0, site?.Years.Count ?? 0, files, fileCount);

        var root = options.SourceDir;
        string? output = null;
        if (write)
        {
            (output, var refusal) = OutputFolderGuard.Resolve(root, options.OutputDir, options.Force);
            if (refusal is not null)
            {
                bag.Add(refusal);
                return Result(null, []);
            }
        }
        // The output's digest (a stat of every file in it) is taken while the inputs are scanned and fingerprinted.
        var outputDigest = output is not null && !options.Force && BuildFingerprint.IsStamped(output)
            ? Task.Run(() => BuildFingerprint.OutputDigest(output), cancel)
            : null;
        // Before anything is read: a FIFO would hang the fingerprint, a link to /proc/self/environ would be published.
        var unsafeInputs = SiteInputs.Scan(root);
        if (unsafeInputs.Count > 0)
        {
            bag.AddRange(unsafeInputs);
            return Result(null, []);
        }
        var fingerprint = write ? BuildFingerprint.Compute(options) : null;
        if (output is not null && fingerprint is not null && outputDigest is not null && BuildFingerprint.Matches(output, fingerprint, outputDigest))
        {
            Stage("check");
            return Result(null, []) with { UpToDate = true };
        }
        options.Progress?.Start("load", 0);
        var loaded = LoadStage(root, options, bag, cancel);
        Stage("load");
        if (loaded is null) return Result(null, []);
        var (config, plans, theme, strings) = loaded.Value;
        cancel.ThrowIfCancellationRequested();

        var builder = new PlanBuilder(config, root);
        options.Progress?.Start("model", plans.Length);
        var staticFiles = ContentSource.StaticFiles(root).ToHashSet(StringComparer.Ordinal);
        var site = ModelStage(config, plans, builder, options.Drafts, staticFiles, bag, options.Progress, cancel);
        Stage("model");
        if (bag.HasErrors || theme is null) return Result(site, []);
        cancel.ThrowIfCancellationRequested();

        // A build streams pages into the staging folder as they are made; check and serve keep them in memory.
        using var writer = output is null ? null : OpenWriter(output, options, bag);
        if (write && writer is null) return Result(site, []);
        var memory = write ? null : new MemorySink();
        var sink = new CountingSink(writer ?? (IOutputSink)memory!);

        // The index comes before the insights: its working set (every posting list) is then freed before the
        // insights and the render add theirs, which keeps the build's peak memory down.
        options.Progress?.Start("index", site.Plans.Count);
        foreach (var file in IndexStage.Build(site, cancel)) sink.Add(file);
        Stage("index");

        // Timed in three parts: figure extraction, related sections (the similarity search), then the rest.
        var insights = SiteInsights.Compute(site, part => Stage("insights " + part), cancel);
        Stage("insights rest");
        capture?.Invoke(new PreparedSite(options, config, theme, strings, builder, site, insights, staticFiles));
        cancel.ThrowIfCancellationRequested();

        options.Progress?.Start("render", site.Plans.Count);
        RenderStage.Render(new RenderInputs(site, builder.Tagger, theme, strings, insights), sink, bag, options.Progress, cancel);
        Stage("render");
        if (bag.HasErrors) return Result(site, []);

        options.Progress?.Start("write", 0);
        foreach (var file in CopiedFiles(root, config, site, bag)) sink.Add(file);
        if (bag.HasErrors) return Result(site, []);
        var compressed = 0;
        if (writer is not null)
        {
            if (options.Compress) compressed = Precompression.CompressFolder(writer.StagingFolder, cancel);
            try
            {
                if (writer.Failure is { } failure) throw new IOException(failure);
                writer.Stamp(BuildFingerprint.StampText(fingerprint!, writer.StagingFolder));
                cancel.ThrowIfCancellationRequested();
                writer.Commit();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                bag.Add(Diagnostic.Error(options.OutputDir, 0, 0, DiagnosticCodes.OutputFailed,
                    Messages.Text("SP0402.write", ("reason", e.Message))));
            }
        }
        Stage("write");
        return Result(site, memory?.Files ?? [], sink.Count + compressed, sink.Pages) with { Notes = Notes(config) };
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

    /// <summary>The process's CPU time so far and its peak working set.</summary>
    private static (TimeSpan Cpu, long PeakBytes) ProcessFigures()
    {
        using var process = Process.GetCurrentProcess();
        return (process.TotalProcessorTime, process.PeakWorkingSet64);
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

    private static (SiteConfig, LoadedPlan[], ThemeEngine?, IReadOnlyDictionary<string, string>)? LoadStage(string root, BuildOptions options, DiagnosticBag bag,
        CancellationToken cancel)
    {
        var configDiagnostics = new List<Diagnostic>();
        var config = SiteConfigLoader.Load(root, configDiagnostics, options.BaseUrl);
        bag.AddRange(configDiagnostics);
        if (config is null) return null;

        var themeDiagnostics = new List<Diagnostic>();
        var (layouts, strings) = ThemeLoader.Load(root, config.Theme, themeDiagnostics);
        var theme = layouts is null ? null : new ThemeEngine(layouts);
        bag.AddRange(themeDiagnostics);

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
        return (config, plans.OfType<LoadedPlan>().ToArray(), theme, strings);
    }

    private static Site ModelStage(SiteConfig config, LoadedPlan[] loaded, PlanBuilder builder, bool drafts, IReadOnlySet<string> staticFiles,
        DiagnosticBag bag, BuildProgress? progress, CancellationToken cancel)
    {
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
            if (SiteInputs.Read(root, ContentSource.StaticFolder + "/" + file, maxBytes: null, local) is { } bytes) yield return new OutputFile(file, bytes);
            bag.AddRange(local);
        }
    }
}
