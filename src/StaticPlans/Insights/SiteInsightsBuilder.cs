using System.Collections.Concurrent;
using StaticPlans.Insights.Figures;
using StaticPlans.Insights.Related;
using StaticPlans.Model;
using StaticPlans.Threading;

namespace StaticPlans.Insights;

internal static class SiteInsightsBuilder
{
    /// <param name="stage">Called with "figures" and "related" as each part ends, so a build can time them apart.</param>
    public static SiteInsights Compute(Site site, Action<string>? stage = null, CancellationToken cancel = default)
    {
        var plans = site.Plans;
        var tagger = new TopicTagger(site.Config.Topics);
        var figures = new IReadOnlyList<PlanFigure>[plans.Count];
        var shared = new SharedValues(site.Config.Topics);
        // Each section's heading and text as one string, made once for both parts (7 MB per 1,000 plans made twice).
        var texts = new string[plans.Count][];
        Parallel.For(0, plans.Count, ParallelWork.Options(cancel), i => figures[i] = Figures(plans[i], tagger, shared, texts[i] = new string[plans[i].Sections.Count]));
        stage?.Invoke("figures");

        var sections = new List<(Plan Plan, Section Section)>();
        var refs = new List<SectionRef>();
        for (var p = 0; p < plans.Count; p++)
        {
            var plan = plans[p];
            for (var s = 0; s < plan.Sections.Count; s++)
            {
                var section = plan.Sections[s];
                if (section.OwnText.Length == 0)
                {
                    continue;
                }
                sections.Add((plan, section));
                refs.Add(new SectionRef(SiteInsights.SectionKey(plan, section), plan.Year, plan.Bureau,
                    EffectiveTopics(plan, section), texts[p][s]));
            }
        }
        var byKey = new Dictionary<string, (Plan Plan, Section Section)>(StringComparer.Ordinal);
        for (var i = 0; i < refs.Count; i++)
        {
            byKey[refs[i].Key] = sections[i];
        }
        var related = RelatedSections.Compute(refs, cancel: cancel);
        stage?.Invoke("related");

        return new SiteInsights(
            new OrdinalMap<IReadOnlyList<PlanFigure>>(plans.Select((p, i) => KeyValuePair.Create(p.Path, figures[i]))),
            new OrdinalMap<IReadOnlyList<RelatedLink>>(related.Where(r => r.Value.Count > 0).Select(r => KeyValuePair.Create(r.Key,
                (IReadOnlyList<RelatedLink>)r.Value.Select(l => new RelatedLink(byKey[l.Key].Plan, byKey[l.Key].Section, l.Similarity)).ToArray()))),
            new OrdinalMap<IReadOnlyList<Plan>>(CounterpartPairs(plans)),
            MoneyTotals.Sums(site, plans, figures),
            MoneyTotals.MultiYear(site, plans, figures));
    }

    private static IEnumerable<KeyValuePair<string, IReadOnlyList<Plan>>> CounterpartPairs(IReadOnlyList<Plan> plans)
    {
        foreach (var group in plans.GroupBy(p => (p.Year, p.Bureau)))
        {
            var members = group.ToArray();
            foreach (var plan in members)
            {
                yield return KeyValuePair.Create(plan.Path, Counterparts.Of(plan, members));
            }
        }
    }

    /// <param name="texts">Filled with each section's heading and text, one line apart: what its figures are read from.</param>
    private static IReadOnlyList<PlanFigure> Figures(Plan plan, TopicTagger tagger, SharedValues shared, string[] texts)
    {
        var result = new List<PlanFigure>();
        foreach (var figure in FigureExtractor.Extract(plan.IntroText, shared.Label))
        {
            result.Add(new PlanFigure(null, shared.Topics(tagger.Tag(figure.Sentence)), figure));
        }
        for (var s = 0; s < plan.Sections.Count; s++)
        {
            var section = plan.Sections[s];
            var sectionTopics = EffectiveTopics(plan, section);
            string? lastSentence = null;
            IReadOnlyList<string> topics = [];
            foreach (var figure in FigureExtractor.Extract(texts[s] = section.Heading + "\n" + section.OwnText, shared.Label))
            {
                if (!ReferenceEquals(figure.Sentence, lastSentence))
                {
                    lastSentence = figure.Sentence;
                    topics = shared.Topics(FigureTopics(tagger.Tag(figure.Sentence), sectionTopics));
                }
                result.Add(new PlanFigure(section, WholeTopics(figure, tagger, sectionTopics, shared) ?? topics, figure));
            }
        }
        // Items that add up to a total stated in another section (a table of projects under a heading of their own).
        MoneyParts.Mark(result, static f => f.Figure, static (f, figure) => f with { Figure = figure });
        // Items listed in later sections (项目清单) that add up to, or stay within, a total stated earlier.
        MoneySections.Mark(plan, result);
        return result;
    }

    /// <summary>
    /// One copy of each figure label and of each list of topics, shared by all the figures that have it: a site of
    /// 10,000 plans has some 900,000 figures, held until the pages are written, but a few thousand labels and a
    /// few dozen topic lists.
    /// </summary>
    private sealed class SharedValues(IReadOnlyList<TopicDefinition> topics)
    {
        private readonly ConcurrentDictionary<string, string> _labels = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<ulong, IReadOnlyList<string>> _topicLists = new();
        private readonly Dictionary<string, int> _order = topics.Select((t, i) => (t.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);

        public string Label(string label) => _labels.GetOrAdd(label, label);

        public IReadOnlyList<string> Topics(IReadOnlyList<string> list)
        {
            if (list.Count == 0) return [];
            ulong mask = 0;
            for (var k = 0; k < list.Count; k++)
            {
                var slug = list[k];
                // Lists are in site.yml order, so the set of topics decides the list; past 64 topics, keep it as is.
                if (!_order.TryGetValue(slug, out var i) || i >= 64) return list;
                mask |= 1UL << i;
            }
            return _topicLists.GetOrAdd(mask, list);
        }
    }

    /// <summary>
    /// A total followed by its parts (资金1.2亿元，其中用于义务教育学校建设7860万元) is about what the words before 其中
    /// name: a topic named only by a part is the part's, and the whole, wider than it, is about no single topic.
    /// Null when the rule does not apply (no 其中 after a total).
    /// </summary>
    private static IReadOnlyList<string>? WholeTopics(Figure figure, TopicTagger tagger, IReadOnlyList<string> sectionTopics, SharedValues shared)
    {
        if (figure.Class != MoneyClass.Total) return null;
        var at = figure.Sentence.IndexOf("其中", figure.MatchStart + figure.MatchLength, StringComparison.Ordinal);
        if (at < 0) return null;
        var own = tagger.Tag(figure.Sentence[..at]);
        if (own.Count > 0) return shared.Topics(own);
        return tagger.Tag(figure.Sentence[at..]).Count > 0 ? [] : shared.Topics(FigureTopics([], sectionTopics));
    }

    /// <summary>
    /// A figure is about the topics its sentence names; failing that, about its section's topic when the section
    /// has exactly one. A figure in a section about several topics (重点项目一览表) that its sentence does not
    /// narrow down is counted under none, rather than under each of them.
    /// </summary>
    private static IReadOnlyList<string> FigureTopics(IReadOnlyList<string> sentenceTopics, IReadOnlyList<string> sectionTopics) =>
        sentenceTopics.Count > 0 ? sentenceTopics : sectionTopics.Count == 1 ? sectionTopics : [];

    /// <summary>
    /// The topics a section's own words are about; a subsection that names none inherits its nearest ancestor's
    /// (（二）新建3所 under 一、学前教育 is about preschool). Using own topics, not the subtree's, keeps a parent's
    /// figures from being counted under every topic of its children.
    /// </summary>
    internal static IReadOnlyList<string> EffectiveTopics(Plan plan, Section section)
    {
        var current = section;
        while (current.OwnTopics.Count == 0 && current.ParentId is { } parentId)
        {
            var parent = SectionWithId(plan, parentId);
            if (parent is null)
            {
                break;
            }
            current = parent;
        }
        return current.OwnTopics;
    }

    private static Section? SectionWithId(Plan plan, string id)
    {
        var sections = plan.Sections;
        for (var i = 0; i < sections.Count; i++)
        {
            if (sections[i].Id == id) return sections[i];
        }
        return null;
    }
}
