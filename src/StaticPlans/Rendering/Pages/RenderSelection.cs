namespace StaticPlans.Rendering.Pages;

/// <summary>
/// Which render jobs to run, and of a paginated listing which page numbers: a full build runs every job whole,
/// serve's one-plan edits only the pages the edit changes.
/// </summary>
public sealed class RenderSelection
{
    private readonly Dictionary<RenderJob, HashSet<int>?> _jobs = []; // null: every page

    public IEnumerable<RenderJob> Jobs => _jobs.Keys;

    /// <summary>Every page of the job.</summary>
    public RenderSelection Whole(RenderJob job)
    {
        _jobs[job] = null;
        return this;
    }

    /// <summary>One page of a listing job, unless the whole job is already selected.</summary>
    public RenderSelection Page(RenderJob job, int number)
    {
        if (!_jobs.TryGetValue(job, out var pages)) _jobs[job] = [number];
        else pages?.Add(number);
        return this;
    }

    /// <summary>The page numbers selected of a job; null when all of them are.</summary>
    public IReadOnlySet<int>? PagesOf(RenderJob job) => _jobs.GetValueOrDefault(job);
}
