using StaticPlans.Model;
using StaticPlans.Output;
using StaticPlans.Rendering.Theme;

namespace StaticPlans.Rendering.Pages;

/// <summary>A topic page: newest year first, each plan with the sections about the topic, each a deep link.</summary>
public static class TopicPages
{
    private const int ExcerptLength = 90;

    /// <param name="include">Which page numbers of the listing to make; null for all.</param>
    public static IEnumerable<OutputFile> Render(PageContext ctx, TopicTagger tagger, TopicDefinition topic, Func<int, bool>? include = null)
    {
        var plans = ctx.Site.PlansOfTopic(topic.Slug);
        var description = ThemeStrings.Fill(ctx.Text("topic_description"), "topic", topic.Name);
        var money = InsightBlocks.TopicMoney(ctx, topic);
        var firstPage = ctx.Urls.Path(SitePaths.Topic(topic.Slug));
        foreach (var (path, pager, items) in ctx.Paginate(SitePaths.Topic(topic.Slug), plans, include))
        {
            var groups = items.GroupBy(p => p.Year)
                .Select(g => new TopicYearGroup(g.Key, g.Select(p => new TopicPlanGroup(ctx.Link(p), Sections(ctx, tagger, p, topic))).ToList()))
                .ToList();
            var page = ctx.Page(ctx.PagedTitle(topic.Name, pager), path, ctx.Text("column_topics"), description,
                string.Join(",", topic.Keywords), plans.FirstOrDefault()?.Date);
            yield return ctx.Render(path, "topic.html", page, m =>
            {
                m.SetValue("topic", ctx.TopicLink(topic), true);
                m.SetValue("keywords", topic.Keywords, true);
                m.SetValue("groups", groups, true);
                m.SetValue("pager", pager, true);
                // The money section is the topic's, not the page's: shown once, on page 1, linked from the others.
                m.SetValue("money", pager.Number == 1 ? money : null, true);
                m.SetValue("money_first_page", money is not null && pager.Number > 1 ? firstPage : null, true);
                m.SetValue("feed_url", ctx.Urls.Path(FeedPath(topic)), true);
            });
        }
    }

    /// <summary>The topic's own Atom feed: the newest plans that are about it.</summary>
    public static OutputFile Feed(PageContext ctx, TopicDefinition topic) =>
        FeedPages.Atom(ctx, ctx.Site.PlansOfTopic(topic.Slug), FeedPath(topic), topic.Name + " - " + ctx.Config.Title);

    public static string FeedPath(TopicDefinition topic) => SitePaths.TopicFeed(topic.Slug);

    /// <summary>Sections whose own text names the topic, so a parent that only contains such a subsection is not repeated.</summary>
    private static List<SectionLink> Sections(PageContext ctx, TopicTagger tagger, Plan plan, TopicDefinition topic)
    {
        var links = new List<SectionLink>();
        string? planUrl = null;
        foreach (var s in plan.Sections)
        {
            if (!s.OwnTopics.Contains(topic.Slug)) continue;
            planUrl ??= ctx.Urls.Path(plan.Path);
            links.Add(new SectionLink(s.Heading, planUrl + "#" + s.Id, Excerpt(tagger, topic.Slug, s)));
        }
        return links;
    }

    /// <summary>About <see cref="ExcerptLength"/> characters of the section's text on one line, around the topic's first keyword.</summary>
    private static string Excerpt(TopicTagger tagger, string slug, Section section)
    {
        var text = section.OwnText;
        if (text.Length <= ExcerptLength) return text.Replace('\n', ' ');
        // Only the excerpt is put on one line: a keyword without a space in it is found at the same place in the
        // text with its line breaks (copying whole sections for this was 9 MB per 1,000 plans).
        var at = Math.Max(0, tagger.FirstMatch(slug, tagger.HasKeywordWithSpace(slug) ? text.Replace('\n', ' ') : text));
        var start = Math.Max(0, Math.Min(at - ExcerptLength / 3, text.Length - ExcerptLength));
        var before = start > 0;
        var after = start + ExcerptLength < text.Length;
        return string.Create(ExcerptLength + (before ? 1 : 0) + (after ? 1 : 0), (text, start, before, after), static (span, s) =>
        {
            if (s.before) span[0] = '…';
            if (s.after) span[^1] = '…';
            s.text.AsSpan(s.start, ExcerptLength).Replace(span.Slice(s.before ? 1 : 0, ExcerptLength), '\n', ' ');
        });
    }
}
