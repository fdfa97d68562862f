using StaticPlans.Model;
using StaticPlans.Output;

namespace StaticPlans.Rendering.Pages;

/// <summary>A year's listing: its plans newest first, in pages, with the year's kind counts and money chart.</summary>
public sealed record YearJob(int Year) : RenderJob, IPageKind
{
    public static string? Folder => SitePaths.Years;

    public static IEnumerable<RenderJob> Jobs(Site site) => site.Years.Select(y => new YearJob(y));

    public override IEnumerable<string> Paths(Site site) =>
        PageContext.PagePaths(SitePaths.Year(Year), site.PlansOfYear(Year).Count, site.Config.PageSize);

    public override IEnumerable<OutputFile> Render(PageContext ctx, TopicTagger tagger, Func<int, bool>? include) =>
        ListPages.Year(ctx, Year, include);

    /// <summary>Every page carries the kind counts; otherwise the pages its link is on, from its old place to its new one.</summary>
    public static void Affected(PlanEdit edit, RenderSelection selection)
    {
        var (old, updated) = (edit.Old, edit.Updated);
        var job = new YearJob(updated.Year);
        if (edit.KindChanged) selection.Whole(job);
        else if (edit.Moved || edit.LinkChanged)
            edit.Listing(selection, job, edit.Before.PlansOfYear(old.Year), edit.After.PlansOfYear(updated.Year));
    }
}

/// <summary>A topic's listing: its plans by year, each with the sections about the topic, in pages.</summary>
public sealed record TopicJob(string Slug) : RenderJob, IPageKind
{
    public static string? Folder => SitePaths.Topics;

    public static IEnumerable<RenderJob> Jobs(Site site) => site.Config.Topics.Select(t => new TopicJob(t.Slug));

    public override IEnumerable<string> Paths(Site site) =>
        PageContext.PagePaths(SitePaths.Topic(Slug), site.PlansOfTopic(Slug).Count, site.Config.PageSize);

    public override IEnumerable<OutputFile> Render(PageContext ctx, TopicTagger tagger, Func<int, bool>? include) =>
        TopicPages.Render(ctx, tagger, Find(ctx.Site, Slug), include);

    /// <summary>
    /// A plan's entry shows its link and the text of its sections about the topic: the page it is on changes with any
    /// edit. A topic gained or lost shifts every later page and changes the count: the whole listing.
    /// </summary>
    public static void Affected(PlanEdit edit, RenderSelection selection)
    {
        var (old, updated) = (edit.Old, edit.Updated);
        foreach (var slug in old.Topics.Union(updated.Topics, StringComparer.Ordinal))
        {
            var job = new TopicJob(slug);
            if (!old.Topics.Contains(slug) || !updated.Topics.Contains(slug)) selection.Whole(job);
            // Its entry is its link and its sections about the topic: an edit elsewhere in the plan (at 10,000
            // plans, one that touched one section re-rendered a page of each of its seven topics) leaves them alone.
            else if (edit.Moved || edit.LinkChanged || !SameSections(old, updated, slug))
                edit.Listing(selection, job, edit.Before.PlansOfTopic(slug), edit.After.PlansOfTopic(slug));
        }
    }

    /// <summary>What a topic page shows of a plan's sections (<see cref="TopicPages"/>): which, their headings, anchors and text.</summary>
    private static bool SameSections(Plan old, Plan updated, string slug) =>
        old.Sections.Where(s => s.OwnTopics.Contains(slug)).Select(s => (s.Id, s.Heading, s.OwnText))
            .SequenceEqual(updated.Sections.Where(s => s.OwnTopics.Contains(slug)).Select(s => (s.Id, s.Heading, s.OwnText)));

    public static TopicDefinition Find(Site site, string slug) =>
        site.Config.FindTopic(slug) ?? throw new ArgumentException($"no topic '{slug}' in this site", nameof(slug));
}

/// <summary>Every plan of one kind (全部工作总结), newest first, in pages; a kind without plans has no page.</summary>
public sealed record KindJob(string Kind) : RenderJob, IPageKind
{
    public static string? Folder => "kinds/";

    public static IEnumerable<RenderJob> Jobs(Site site) => site.ListedKinds.Select(k => new KindJob(k));

    public override IEnumerable<string> Paths(Site site) =>
        site.ListedKinds.Contains(Kind) ? PageContext.PagePaths(SitePaths.Kind(Kind), site.PlansOfKind(Kind).Count, site.Config.PageSize) : [];

    public override IEnumerable<OutputFile> Render(PageContext ctx, TopicTagger tagger, Func<int, bool>? include)
    {
        if (!ctx.Config.Kinds.Any(k => k.Key == Kind)) throw new ArgumentException($"no kind '{Kind}' in this site");
        return ctx.Site.ListedKinds.Contains(Kind) ? ListPages.Kind(ctx, Kind, include) : [];
    }

    /// <summary>A new kind moves it between two listings; otherwise the pages its link is on, as in its year.</summary>
    public static void Affected(PlanEdit edit, RenderSelection selection)
    {
        var (old, updated) = (edit.Old, edit.Updated);
        if (edit.KindChanged) selection.Whole(new KindJob(old.Kind)).Whole(new KindJob(updated.Kind));
        else if (edit.Moved || edit.LinkChanged)
            edit.Listing(selection, new KindJob(updated.Kind), edit.Before.PlansOfKind(old.Kind), edit.After.PlansOfKind(updated.Kind));
    }
}
