using StaticPlans.Diagnostics;
using StaticPlans.Loading;
using StaticPlans.Model;
using StaticPlans.Output;

namespace StaticPlans.Building;

/// <summary>
/// Keeps a generated site in memory and applies edits of existing plans without a full rebuild: the edited plan is
/// loaded and modelled again, and only the pages it appears on are rendered again — its own page, its neighbours in
/// the year, its year's and topics' listings, the home, years and topics pages, the feeds and the sitemap. Anything
/// else (a new or deleted plan, a moved URL, site.yml, the theme, static files) asks for a full rebuild. Search
/// shards, cross-year links and open data files are left as they were: the caller refreshes them with a full
/// rebuild in the background (they depend on every plan, and the edited page must show at once).
/// </summary>
public sealed class IncrementalBuilder(BuildOptions options)
{
    private PreparedSite? _state;
    private Dictionary<string, OutputFile> _files = new(StringComparer.Ordinal);

    public BuildResult Full()
    {
        PreparedSite? prepared = null;
        var result = SiteBuilder.Generate(options, p => prepared = p);
        if (result.Succeeded && prepared is not null)
        {
            _state = prepared;
            _files = result.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        }
        return result;
    }

    /// <summary>Applies edits to existing plans, or returns null when the change needs a full rebuild.</summary>
    public BuildResult? TryUpdate(IReadOnlyCollection<string> changedPaths)
    {
        var state = _state;
        if (state is null || changedPaths.Count == 0) return null;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var root = options.SourceDir;
        var bySource = state.Site.Plans.ToDictionary(p => p.SourcePath, StringComparer.Ordinal);
        var edited = new List<(Plan Old, Plan New)>();
        var bag = new DiagnosticBag();
        foreach (var path in changedPaths.Distinct(StringComparer.Ordinal))
        {
            if (!path.StartsWith(ContentSource.PlansFolder + "/", StringComparison.Ordinal) || !path.EndsWith(".md", StringComparison.Ordinal)) return null;
            var full = Path.Combine(root, path);
            if (!bySource.TryGetValue(path, out var old) || !File.Exists(full)) return null;
            var local = new List<Diagnostic>();
            var loaded = PlanLoader.Load(File.ReadAllBytes(full), path, state.Config, local);
            var plan = loaded is null ? null : state.Builder.Build(loaded, local);
            bag.AddRange(local);
            if (plan is null) continue;
            if (plan.Path != old.Path || (plan.Draft && !options.Drafts)) return null;
            edited.Add((old, plan));
        }
        if (bag.HasErrors) return Failed(bag, clock);

        var replaced = edited.ToDictionary(e => e.Old.SourcePath, e => e.New, StringComparer.Ordinal);
        var site = new Site(state.Config, Site.Order(state.Site.Plans.Select(p => replaced.GetValueOrDefault(p.SourcePath, p))));
        foreach (var (_, plan) in edited) SiteBuilder.CheckLinks(root, site, plan, bag);

        var keys = AffectedJobs(state.Site, site, edited);
        var sink = new MemorySink();
        RenderStage.RenderSome(site, state.Builder.Tagger, state.Theme, state.Strings, sink, bag, state.Insights, keys.Contains);
        if (bag.HasErrors) return Failed(bag, clock);

        var files = new Dictionary<string, OutputFile>(_files, StringComparer.Ordinal);
        foreach (var file in sink.Files) files[file.Path] = file;
        _files = files;
        _state = state with { Site = site };
        return new BuildResult(bag.ToSortedList(), [new StageTiming("update", clock.Elapsed)], site.Plans.Count,
            sink.Files.Count, state.Config.Topics.Count, site.Years.Count, files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), files.Count);
    }

    private static HashSet<string> AffectedJobs(Site before, Site after, List<(Plan Old, Plan New)> edited)
    {
        var keys = new HashSet<string>(["home", "years", "topics", "search", "404", "feed", "sitemap"], StringComparer.Ordinal);
        foreach (var (old, plan) in edited)
        {
            keys.Add($"plan:{plan.Path}");
            keys.Add($"year:{plan.Year}");
            foreach (var slug in old.Topics.Union(plan.Topics))
            {
                keys.Add($"topic:{slug}");
                keys.Add($"topic-feed:{slug}");
            }
            // Neighbours show this plan's title in their previous/next links, before and after a date change.
            foreach (var site in new[] { before, after })
            {
                var year = site.PlansOfYear(plan.Year);
                var at = year.Select((p, i) => (p, i)).FirstOrDefault(x => x.p.Path == plan.Path).i;
                if (at > 0) keys.Add($"plan:{year[at - 1].Path}");
                if (at + 1 < year.Count) keys.Add($"plan:{year[at + 1].Path}");
            }
        }
        return keys;
    }

    private BuildResult Failed(DiagnosticBag bag, System.Diagnostics.Stopwatch clock) =>
        new(bag.ToSortedList(), [new StageTiming("update", clock.Elapsed)], 0, 0, 0, 0, _files.Values.ToList(), _files.Count);
}
