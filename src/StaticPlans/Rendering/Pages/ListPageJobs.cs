using StaticPlans.Model;
using StaticPlans.Output;

namespace StaticPlans.Rendering.Pages;

/// <summary>The home page: the latest plans, the years and the topics with their counts, the newest plan's date.</summary>
public sealed record HomeJob : RenderJob, IPageKind
{
    public static IEnumerable<RenderJob> Jobs(Site site) => [new HomeJob()];

    public override IEnumerable<string> Paths(Site site) => [SitePaths.Home];

    public override IEnumerable<OutputFile> Render(PageContext ctx, TopicTagger tagger, Func<int, bool>? include) => [ListPages.Home(ctx)];

    public static void Affected(PlanEdit edit, RenderSelection selection)
    {
        if (edit.WasAt < ListPages.HomeLatest || edit.IsAt < ListPages.HomeLatest || edit.TopicsChanged) selection.Whole(new HomeJob());
    }
}

/// <summary>The years page: each year's link and count, the newest plan's date.</summary>
public sealed record YearsJob : RenderJob, IPageKind
{
    public static string? Folder => SitePaths.Years;

    public static IEnumerable<RenderJob> Jobs(Site site) => [new YearsJob()];

    public override IEnumerable<string> Paths(Site site) => [SitePaths.Years];

    public override IEnumerable<OutputFile> Render(PageContext ctx, TopicTagger tagger, Func<int, bool>? include) => [ListPages.Years(ctx)];

    // A plan never changes year in place (its URL holds it): the counts stay.
    public static void Affected(PlanEdit edit, RenderSelection selection)
    {
        if (edit.NewestChanged) selection.Whole(new YearsJob());
    }
}

/// <summary>The topics page: each topic's link and count, the newest plan's date.</summary>
public sealed record TopicsJob : RenderJob, IPageKind
{
    public static string? Folder => SitePaths.Topics;

    public static IEnumerable<RenderJob> Jobs(Site site) => [new TopicsJob()];

    public override IEnumerable<string> Paths(Site site) => [SitePaths.Topics];

    public override IEnumerable<OutputFile> Render(PageContext ctx, TopicTagger tagger, Func<int, bool>? include) => [ListPages.Topics(ctx)];

    public static void Affected(PlanEdit edit, RenderSelection selection)
    {
        if (edit.NewestChanged || edit.TopicsChanged) selection.Whole(new TopicsJob());
    }
}

/// <summary>The search page: the years and the topics with their counts, as filters.</summary>
public sealed record SearchJob : RenderJob, IPageKind
{
    public static string? Folder => SitePaths.Search;

    public static IEnumerable<RenderJob> Jobs(Site site) => [new SearchJob()];

    public override IEnumerable<string> Paths(Site site) => [SitePaths.Search];

    public override IEnumerable<OutputFile> Render(PageContext ctx, TopicTagger tagger, Func<int, bool>? include) => [ListPages.Search(ctx)];

    public static void Affected(PlanEdit edit, RenderSelection selection)
    {
        if (edit.TopicsChanged) selection.Whole(new SearchJob());
    }
}

/// <summary>The 404 page: the years and the topics with their counts, as ways back.</summary>
public sealed record NotFoundJob : RenderJob, IPageKind
{
    public static IEnumerable<RenderJob> Jobs(Site site) => [new NotFoundJob()];

    public override IEnumerable<string> Paths(Site site) => [SitePaths.NotFound];

    public override IEnumerable<OutputFile> Render(PageContext ctx, TopicTagger tagger, Func<int, bool>? include) => [ListPages.NotFound(ctx)];

    public static void Affected(PlanEdit edit, RenderSelection selection)
    {
        if (edit.TopicsChanged) selection.Whole(new NotFoundJob());
    }
}
