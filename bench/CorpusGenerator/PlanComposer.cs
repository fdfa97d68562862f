using System.Text;

namespace StaticPlans.Bench.CorpusGenerator;

/// <summary>One generated plan: where it goes, its Markdown, and the planted phrase it carries, if any.</summary>
internal sealed record GeneratedPlan(string RelativePath, string Markdown, PlantedAnswer? Answer);

/// <summary>
/// Writes one plan: front matter, then the kind's chapter layout with official numbering (## 一、 / ### （一） /
/// #### 1.). Topic blocks are added until the plan's target size (4–12 KB) is reached; a block that would
/// overshoot is dropped, so every plan stays inside the range.
/// </summary>
internal static class PlanComposer
{
    public const int MinBytes = 4 * 1024;
    public const int MaxBytes = 12 * 1024;
    private const int BureauCount = 41;

    public static GeneratedPlan Compose(int index, ulong seed, PlantedPhrase? plant)
    {
        var rng = Prng.ForPlan(seed, index);
        int year = 2014 + index % 12;
        int bureauIndex = index % BureauCount; // 41 and 12 are coprime: every bureau writes every year
        var bureau = Bureaus.All[bureauIndex];
        var kind = Kinds.All[index / 12 % Kinds.All.Count];
        int sequence = index / (12 * BureauCount) + 1;
        string slug = $"{bureau.Code}-{kind.Key}-{sequence:D2}";
        var context = new PlanContext(year, bureau, Bureaus.TownsOf(bureauIndex));
        var topics = PickTopics(ref rng);

        var writer = new Writer(new Placeholders(context), rng, topics, plant);
        string title = Title(sequence, kind, context, topics[0], ref writer.Rng);
        writer.FrontMatter(title, kind, context, slug);
        int target = writer.Rng.Between(MinBytes + 900, MaxBytes - 100);
        writer.Body(kind, target);
        writer.PadTo(MinBytes + 64);

        string file = $"content/plans/{year}/{slug}.md";
        string url = $"/plans/{year}/{slug}/";
        PlantedAnswer? answer = writer.PlantedAt is { } at ? new PlantedAnswer(plant!, file, url, at.Anchor, at.Heading) : null;
        return new GeneratedPlan(file, writer.ToString(), answer);
    }

    private static IReadOnlyList<Topic> PickTopics(ref Prng rng)
    {
        int count = rng.Between(2, 4);
        var chosen = new List<Topic>(count);
        while (chosen.Count < count)
        {
            var topic = rng.Pick(Topics.All);
            if (!chosen.Contains(topic)) chosen.Add(topic);
        }
        return chosen;
    }

    private static string Title(int sequence, Kind kind, PlanContext context, Topic primary, ref Prng rng)
    {
        // The first document of each bureau-year-kind is the general one; later ones focus on a topic.
        string focus = sequence == 1 ? "" : rng.Pick(primary.TitlePhrases);
        return kind.Key == "summary-plan"
            ? $"{context.Bureau.Name}{context.Year}年{focus}工作总结和{context.Year + 1}年工作计划"
            : $"{context.Bureau.Name}{context.Year}年{focus}{kind.Name}";
    }

    /// <summary>Accumulates the document; tracks heading positions so section ids (s1, s1-2, s1-2-3) are known.</summary>
    private sealed class Writer(Placeholders placeholders, Prng rng, IReadOnlyList<Topic> topics, PlantedPhrase? plant)
    {
        private readonly StringBuilder _text = new(16 * 1024);
        private int _chapter; // current ## position
        private int _countedChars, _countedBytes;
        public Prng Rng = rng;
        public (string Anchor, string Heading)? PlantedAt { get; private set; }

        public override string ToString() => _text.ToString();

        private int Bytes
        {
            get
            {
                // Only the text appended since the last call is encoded, so measuring stays linear.
                _countedBytes += Encoding.UTF8.GetByteCount(_text.ToString(_countedChars, _text.Length - _countedChars));
                _countedChars = _text.Length;
                return _countedBytes;
            }
        }

        public void FrontMatter(string title, Kind kind, PlanContext context, string slug)
        {
            // Plans are dated early in their year, summaries in December: the date's year is always the plan's year.
            int month = kind.Key is "summary" or "summary-plan" ? 12 : Rng.Between(1, 3);
            int docYear = context.Year;
            _text.Append("---\n")
                .Append("title: ").Append(title).Append('\n')
                .Append("year: ").Append(context.Year).Append('\n')
                .Append("kind: ").Append(kind.Key).Append('\n')
                .Append("date: ").Append($"{docYear:D4}-{month:D2}-{Rng.Between(1, 28):D2}").Append('\n')
                .Append("bureau: ").Append(context.Bureau.Name).Append('\n')
                .Append("doc_no: ").Append($"{context.Bureau.DocPrefix}〔{docYear}〕{Rng.Between(1, 160)}号").Append('\n')
                .Append("index_no: ").Append($"{Rng.Between(1000, 9999)}-{Rng.Between(1, 99):D4}/{docYear}-{Rng.Between(1, 99999):D5}").Append('\n')
                .Append("topics: [").AppendJoin(", ", topics.Select(t => t.Slug)).Append("]\n")
                .Append("summary: ").Append(context.Bureau.Name).Append(context.Year).Append('年').Append(kind.Name)
                .Append("，重点涉及").AppendJoin("、", topics.Select(t => t.Name)).Append("等工作。\n")
                .Append("slug: ").Append(slug).Append('\n')
                .Append("---\n\n");
        }

        public void Body(Kind kind, int target)
        {
            switch (kind.Key)
            {
                case "plan":
                    Paragraphs(Phrases.PlanOpenings, 1);
                    Chapter("指导思想"); Paragraphs(Phrases.Guiding, 3, 2);
                    Chapter("工作目标"); Paragraphs(Phrases.Goals, 4);
                    Chapter("重点任务"); TopicSections(target - 900, report: false);
                    Chapter("保障措施"); Safeguards(3);
                    break;
                case "summary":
                    Paragraphs(Phrases.SummaryOpenings, 1);
                    Chapter("{year}年工作开展情况"); TopicSections(target - 1300, report: true);
                    Chapter("存在的问题"); Paragraphs(Phrases.Problems, 3);
                    Chapter("{next}年工作打算"); Paragraphs(Phrases.Guiding, 2); Paragraphs(Phrases.Goals, 3);
                    break;
                case "key-points":
                    Paragraphs(Phrases.KeyPointOpenings, 1);
                    Chapter("总体要求"); Paragraphs(Phrases.Guiding, 3); Paragraphs(Phrases.Goals, 3);
                    TopicChapters(target - 900);
                    Chapter("保障措施"); Safeguards(3);
                    break;
                default: // summary-plan
                    Paragraphs(Phrases.SummaryOpenings, 1);
                    int start = Bytes;
                    Chapter("{year}年工作总结"); TopicSections(start + (target - start) * 55 / 100, report: true);
                    Chapter("存在的问题"); Paragraphs(Phrases.Problems, 2);
                    Chapter("{next}年工作计划"); TopicSections(target - 900, report: false);
                    Chapter("保障措施"); Safeguards(2);
                    break;
            }
        }

        private void Chapter(string template)
        {
            _chapter++;
            _text.Append("## ").Append(Numerals.Chinese(_chapter)).Append('、');
            placeholders.Expand(_text, template, ref Rng);
            _text.Append("\n\n");
        }

        /// <summary>### blocks, one per topic round-robin, while they fit under <paramref name="limit"/> bytes.</summary>
        private void TopicSections(int limit, bool report)
        {
            for (int section = 1; ; section++)
            {
                var topic = topics[(section - 1) % topics.Count];
                int round = (section - 1) / topics.Count;
                if (!TryAppend(limit, section == 1, (block, items) => TopicBlock(block, topic, round, level: 3, section, items, report)))
                    return;
            }
        }

        /// <summary>Key-points style: each topic is a ## chapter of its own.</summary>
        private void TopicChapters(int limit)
        {
            for (int n = 0; ; n++)
            {
                var topic = topics[n % topics.Count];
                int round = n / topics.Count;
                if (!TryAppend(limit, n == 0, (block, items) => TopicBlock(block, topic, round, level: 2, _chapter + 1, items, report: false)))
                    return;
                _chapter++;
            }
        }

        /// <summary>
        /// Renders a block aside and keeps it when it fits, retrying with fewer items so plans end close to their
        /// target size (the first block is always kept).
        /// </summary>
        private bool TryAppend(int limit, bool mandatory, Action<StringBuilder, int> render)
        {
            var saved = Rng;
            var savedPlant = PlantedAt;
            for (int items = 3; items >= 0; items--)
            {
                var block = new StringBuilder(2048);
                render(block, items);
                if (mandatory || Bytes + Encoding.UTF8.GetByteCount(block.ToString()) <= limit)
                {
                    _text.Append(block);
                    return true;
                }
                Rng = saved;
                PlantedAt = savedPlant;
            }
            return false;
        }

        /// <summary>Guarantees the minimum size for plans whose blocks all came out short.</summary>
        public void PadTo(int minimum)
        {
            if (Bytes >= minimum) return;
            Chapter("其他工作");
            while (Bytes < minimum) Paragraphs(Phrases.Guiding, 2);
        }

        private void TopicBlock(StringBuilder block, Topic topic, int round, int level, int position, int maxItems, bool report)
        {
            string anchor = level == 2 ? $"s{position}" : $"s{_chapter}-{position}";
            string heading = topic.Subsections[round % topic.Subsections.Count];
            if (level == 2) block.Append("## ").Append(Numerals.Chinese(position)).Append('、').Append(heading);
            else block.Append("### （").Append(Numerals.Chinese(position)).Append('）').Append(heading);
            block.Append("\n\n");

            // One cursor through the topic's sentences per block, so neighbouring paragraphs do not repeat each other.
            int cursor = Rng.Between(0, topic.Sentences.Count - 1);
            TopicParagraph(block, topic, ref cursor, Rng.Between(2, 3), report);
            if (plant is not null && PlantedAt is null)
            {
                block.Length -= 2; // continue the paragraph just written
                placeholders.Expand(block, Rng.Pick(PlantedPhrases.Sentences).Replace("{phrase}", plant.Simplified), ref Rng);
                block.Append("\n\n");
                PlantedAt = (anchor, heading);
            }

            int items = Math.Min(maxItems, Rng.Between(1, 3));
            int first = Rng.Between(0, topic.Items.Count - 1);
            for (int i = 1; i <= items; i++)
            {
                string item = topic.Items[(first + i) % topic.Items.Count];
                if (level == 2) block.Append("### （").Append(Numerals.Chinese(i)).Append('）');
                else block.Append("#### ").Append(i).Append('.');
                block.Append(item).Append("\n\n");
                TopicParagraph(block, topic, ref cursor, Rng.Between(2, 4), report);
            }
        }

        private void TopicParagraph(StringBuilder block, Topic topic, ref int cursor, int sentences, bool report)
        {
            var leadIns = report ? Phrases.ReportLeadIns : Phrases.PlanLeadIns;
            for (int i = 0; i < sentences; i++)
            {
                if (Rng.Chance(30)) placeholders.Expand(block, Rng.Pick(leadIns), ref Rng);
                placeholders.Expand(block, topic.Sentences[cursor++ % topic.Sentences.Count], ref Rng);
            }
            block.Append("\n\n");
        }

        /// <summary>Consecutive paragraphs of the given sentence counts, walking the bank once from a random start.</summary>
        private void Paragraphs(IReadOnlyList<string> bank, params int[] sentenceCounts)
        {
            int cursor = Rng.Between(0, bank.Count - 1);
            foreach (int sentences in sentenceCounts)
            {
                for (int i = 0; i < sentences; i++) placeholders.Expand(_text, bank[cursor++ % bank.Count], ref Rng);
                _text.Append("\n\n");
            }
        }

        private void Safeguards(int count)
        {
            int first = Rng.Between(0, Phrases.SafeguardTitles.Count - 1);
            for (int i = 1; i <= count; i++)
            {
                _text.Append("### （").Append(Numerals.Chinese(i)).Append('）')
                    .Append(Phrases.SafeguardTitles[(first + i) % Phrases.SafeguardTitles.Count]).Append("\n\n");
                Paragraphs(Phrases.Safeguards, Rng.Between(1, 2));
            }
        }
    }
}
