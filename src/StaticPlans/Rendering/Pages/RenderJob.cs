using StaticPlans.Model;
using StaticPlans.Output;

namespace StaticPlans.Rendering.Pages;

/// <summary>
/// One render job: a kind of page (see <see cref="PageKinds"/>), for one year, topic, kind or plan where the kind has
/// one. A job makes one file, except a listing job, which makes every page of its listing or a chosen few (see
/// <see cref="RenderSelection"/>). Jobs are records, so two jobs for the same pages are equal.
/// </summary>
public abstract record RenderJob
{
    /// <summary>The site paths the job writes for <paramref name="site"/> (every page of a listing).</summary>
    public abstract IEnumerable<string> Paths(Site site);

    /// <param name="include">Which page numbers of a listing to make; null for all.</param>
    public abstract IEnumerable<OutputFile> Render(PageContext ctx, TopicTagger tagger, Func<int, bool>? include);
}
