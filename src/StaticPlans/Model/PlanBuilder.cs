using StaticPlans.Diagnostics;

namespace StaticPlans.Model;

/// <summary>The model stage for one plan: Markdown tree, sections with ids, topics, summary.</summary>
/// <param name="siteRoot">Where attachments are looked up; without it a plan's attachments are not published.</param>
public sealed class PlanBuilder(SiteConfig config, string? siteRoot = null)
{
    private readonly AttachmentResolver? _attachments = siteRoot is null ? null : new AttachmentResolver(siteRoot);

    private readonly TopicTagger _tagger = new(config.Topics);

    public TopicTagger Tagger => _tagger;

    /// <returns>The plan, or null when its body cannot be parsed (an error is reported).</returns>
    public Plan? Build(LoadedPlan loaded, ICollection<Diagnostic> diagnostics)
    {
        var fields = loaded.Fields;
        var document = PlanMarkdown.Parse(loaded.Body, loaded.SourcePath, loaded.BodyLineOffset, diagnostics);
        if (document is null) return null;
        var extracted = SectionExtractor.Extract(document, loaded.SourcePath, loaded.BodyLineOffset, diagnostics);
        var sections = Tag(extracted.Sections);
        var topics = config.Topics.Select(t => t.Slug)
            .Where(slug => fields.Topics.Contains(slug) || sections.Any(s => s.Topics.Contains(slug)))
            .ToList();
        if (topics.Count == 0)
        {
            diagnostics.Add(Diagnostic.Warning(loaded.SourcePath, 1, 1, DiagnosticCodes.NoTopic,
                Messages.Text("SP0204")));
        }

        var summary = fields.Summary ?? FirstParagraph(extracted.IntroText) ?? FirstParagraph(sections.FirstOrDefault()?.OwnText) ?? "";
        return new Plan(loaded.SourcePath, fields.Title, fields.Year, fields.Kind, config.KindName(fields.Kind), fields.Date,
            fields.Bureau ?? config.Bureau, fields.DocNo, fields.IndexNo, summary, fields.Slug, fields.Draft,
            extracted.IntroText, sections, topics, loaded.Body, PlanMarkdown.Links(document, loaded.BodyLineOffset), loaded.BodyLineOffset)
        {
            Updated = fields.Updated,
            Attachments = _attachments?.Resolve(loaded.SourcePath, fields.Attachments ?? [], diagnostics) ?? [],
            Language = fields.Language ?? DetectLanguage(fields.Title, loaded.Body),
        };
    }

    /// <summary>zh-Hant for a plan in traditional characters on a Chinese site; otherwise the site's language holds.</summary>
    /// <remarks>The title and body are counted apart: joining them copied every plan's whole Markdown.</remarks>
    private string? DetectLanguage(string title, string body)
    {
        if (!config.Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || config.Language.Contains("Hant", StringComparison.OrdinalIgnoreCase))
            return null;
        return Text.ScriptDetection.IsTraditional(title, body) ? Text.ScriptDetection.Traditional : null;
    }

    private List<Section> Tag(IReadOnlyList<SectionExtractor.RawSection> raw)
    {
        var own = raw.Select(s => _tagger.Tag(s.Heading, s.OwnText)).ToArray();
        var all = own.Select(t => new HashSet<string>(t)).ToArray();
        // Children come after their parent, so walking backwards folds each subsection into its ancestors.
        for (var i = raw.Count - 1; i >= 0; i--)
        {
            if (raw[i].ParentIndex >= 0) all[raw[i].ParentIndex].UnionWith(all[i]);
        }
        var sections = new List<Section>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var s = raw[i];
            List<string> topics = [];
            foreach (var topic in config.Topics)
            {
                if (all[i].Contains(topic.Slug)) topics.Add(topic.Slug);
            }
            sections.Add(new Section(s.Id, s.Heading, s.Level, s.Line, s.OwnText, topics, own[i], s.ParentIndex >= 0 ? raw[s.ParentIndex].Id : null));
        }
        return sections;
    }

    private static string? FirstParagraph(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var first = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Trim();
        return first.Length > 200 ? first[..200] + "…" : first;
    }
}
