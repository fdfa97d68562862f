namespace StaticPlans.Building;

/// <summary>
/// Which render jobs to run, and of a paginated listing which page numbers: a full build runs every job whole,
/// serve's one-plan edits only the pages the edit changes.
/// </summary>
public sealed class RenderSelection
{
    private readonly Dictionary<string, HashSet<int>?> _jobs = new(StringComparer.Ordinal); // null: every page

    public IEnumerable<string> Keys => _jobs.Keys;

    /// <summary>Every page of the job.</summary>
    public RenderSelection Whole(string key)
    {
        _jobs[key] = null;
        return this;
    }

    /// <summary>One page of a listing job, unless the whole job is already selected.</summary>
    public RenderSelection Page(string key, int number)
    {
        if (!_jobs.TryGetValue(key, out var pages)) _jobs[key] = [number];
        else pages?.Add(number);
        return this;
    }

    /// <summary>The page numbers selected of a job; null when all of them are.</summary>
    public IReadOnlySet<int>? PagesOf(string key) => _jobs.GetValueOrDefault(key);
}
