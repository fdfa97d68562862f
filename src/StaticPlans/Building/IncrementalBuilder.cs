using System.Diagnostics;
using StaticPlans.Diagnostics;
using StaticPlans.Loading;
using StaticPlans.Model;
using StaticPlans.Output;
using StaticPlans.Rendering.Pages;
using Diagnostic = StaticPlans.Diagnostics.Diagnostic;

namespace StaticPlans.Building;

/// <summary>
/// Keeps a generated site in memory and applies edits of existing plans without a full rebuild: the edited plan is
/// loaded and modelled again, and only the pages that show it are rendered again (each kind of page in
/// <see cref="PageKinds"/> says which edits change it). Every step costs in proportion to the plan, its year and its
/// topics, not to the site. Anything else (a new or deleted plan, a moved URL, site.yml, the theme, static files) asks
/// for a full rebuild. Search shards, cross-year
/// links, counterparts and open data are left as they were: the caller refreshes them with a full rebuild in the
/// background (they depend on every plan, and the edited page must show at once).
/// </summary>
/// <remarks>Not thread-safe: one caller at a time (serve's loop is its only caller).</remarks>
public sealed class IncrementalBuilder(SiteOptions options)
{
    private PreparedSite? _state;
    private Dictionary<string, Plan>? _bySource;
    private Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>The last good site's files, by output path. Replaced, never changed, so a reader may keep a snapshot.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    /// <summary>The prepared site edits apply to (its config gives serve the base path); null after a failed build.</summary>
    public PreparedSite? Prepared => _state;

    /// <summary>Generates the whole site and makes it the base for later edits.</summary>
    public BuildResult Full(CancellationToken cancel = default)
    {
        var build = Generate(cancel);
        Install(build);
        return build.Result;
    }

    /// <summary>Generates the whole site without touching the state edits apply to; throws when cancelled.</summary>
    public GeneratedSite Generate(CancellationToken cancel = default) => SiteBuilder.Generate(options, cancel);

    /// <summary>
    /// Makes a full build the base for later edits. A failed one leaves the last good files to be served but no base:
    /// the next change rebuilds in full, so the error (a broken site.yml, say) is not hidden by an edit applied to
    /// the old configuration.
    /// </summary>
    public void Install(GeneratedSite build)
    {
        if (!build.Result.Succeeded || build.Prepared is null)
        {
            _state = null;
            _bySource = null;
            return;
        }
        _state = build.Prepared;
        _bySource = build.Prepared.Site.Plans.ToDictionary(p => p.SourcePath, StringComparer.Ordinal);
        _files = build.Result.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
    }

    /// <summary>
    /// Applies edits to existing plans, or returns null when the change needs a full rebuild. The result's files
    /// are the ones rendered again; <see cref="Files"/> holds the whole site.
    /// </summary>
    public BuildResult? TryUpdate(IReadOnlyCollection<string> changedPaths)
    {
        if (_state is not { } state || _bySource is not { } bySource || changedPaths.Count == 0) return null;
        using var culture = InvariantCultureScope.Enter();
        var timings = new UpdateTimings();
        var bag = new DiagnosticBag();
        var edited = new List<(Plan Old, Plan New)>();
        foreach (var path in changedPaths.Distinct(StringComparer.Ordinal))
        {
            if (IsPassingFile(path, state.Site)) continue;
            if (!path.StartsWith(SiteInputs.PlansFolder + "/", StringComparison.Ordinal) || !path.EndsWith(".md", StringComparison.Ordinal)) return null;
            var full = Path.Combine(options.SourceDir, path);
            if (!bySource.TryGetValue(path, out var old) || !File.Exists(full)) return null;
            var local = new List<Diagnostic>();
            var bytes = SiteInputs.ReadPlan(options.SourceDir, path, local);
            var loaded = bytes is null ? null : PlanLoader.Load(bytes, path, state.Config, local);
            var plan = loaded is null ? null : state.Builder.Build(loaded, local);
            bag.AddRange(local);
            if (plan is null) continue;
            if (plan.Path != old.Path || (plan.Draft && !options.Drafts)) return null;
            edited.Add((old, plan));
        }
        timings.Stage("load");
        if (bag.HasErrors) return Failed(bag, timings);

        var site = state.Site;
        var selection = new RenderSelection();
        foreach (var (old, plan) in edited)
        {
            var before = site;
            site = site.WithPlanReplaced(old, plan);
            PageKinds.SelectAffected(new PlanEdit(before, old, site, plan), selection);
        }
        timings.Stage("model");

        var checker = new LinkChecker(site, state.StaticFiles);
        foreach (var (_, plan) in edited)
        {
            var local = new List<Diagnostic>();
            checker.Check(plan, local);
            bag.AddRange(local);
        }
        timings.Stage("links");
        if (bag.HasErrors) return Failed(bag, timings);

        var sink = new MemorySink();
        RenderStage.RenderSome((state with { Site = site }).RenderInputs, selection, sink, bag);
        timings.Stage("render");
        if (bag.HasErrors) return Failed(bag, timings);

        // Copying the path → bytes map is a memory copy of a few hundred KB; the files themselves are shared.
        var files = new Dictionary<string, byte[]>(_files, StringComparer.Ordinal);
        var rendered = sink.Files;
        foreach (var path in PageKinds.RemovedFiles(state.Site, site)) files.Remove(path);
        foreach (var file in rendered) files[file.Path] = file.Bytes;
        foreach (var (_, plan) in edited) bySource[plan.SourcePath] = plan;
        _files = files;
        _state = state with { Site = site };
        timings.Stage("files");
        return new BuildResult(bag.ToSortedList(), timings.All, site.Plans.Count, rendered.Count, state.Config.Topics.Count,
            site.Years.Count, rendered, files.Count);
    }

    /// <summary>
    /// A file that came and went in a plans folder during the burst and was never part of the site: an editor's
    /// temporary file (gedit's .goutputstream-*, vim's 4913 probe and x.md~ backup). Saving through one must not
    /// turn a one-plan edit into a full rebuild (seconds at 10,000 plans). A deleted plan or attachment is still a change.
    /// </summary>
    private bool IsPassingFile(string path, Site site)
    {
        if (!path.StartsWith(SiteInputs.PlansFolder + "/", StringComparison.Ordinal) || _bySource!.ContainsKey(path)) return false;
        if (FileKinds.Of(Path.Combine(options.SourceDir, path)) != FileKind.Missing) return false;
        var folder = path + "/";
        return !site.Plans.Any(p => p.SourcePath.StartsWith(folder, StringComparison.Ordinal)
            || p.Attachments.Any(a => a.SourcePath == path || a.SourcePath.StartsWith(folder, StringComparison.Ordinal)));
    }

    private static BuildResult Failed(DiagnosticBag bag, UpdateTimings timings) => new(bag.ToSortedList(), timings.All, 0, 0, 0, 0, []);

    /// <summary>How long each part of an update took: serve prints them, so a slow part shows itself.</summary>
    private sealed class UpdateTimings
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly List<StageTiming> _all = [];

        public IReadOnlyList<StageTiming> All => _all;

        public void Stage(string name)
        {
            _all.Add(new StageTiming(name, _clock.Elapsed));
            _clock.Restart();
        }
    }
}
