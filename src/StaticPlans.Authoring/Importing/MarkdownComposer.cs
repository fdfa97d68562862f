using System.Text;

namespace StaticPlans.Authoring.Importing;

/// <summary>Writes the body of a plan as Markdown from the blocks that are not front matter.</summary>
public static class MarkdownComposer
{
    public static string Compose(ImportedDocument document, IReadOnlySet<int> skip)
    {
        var output = new StringBuilder();
        var markerWidths = new List<int>();
        var inList = false;
        bool? topOrdered = null;
        for (var i = 0; i < document.Blocks.Length; i++)
        {
            if (skip.Contains(i)) continue;
            var block = document.Blocks[i];
            if (block is ListItemBlock item)
            {
                // A bulleted list right after a numbered one (or the reverse) is a new list: say so with a blank line.
                if (!inList || item.Depth == 0 && topOrdered != item.Ordered) Separate(output);
                if (item.Depth == 0) topOrdered = item.Ordered;
                AppendListItem(output, item, markerWidths);
                inList = true;
                continue;
            }
            inList = false;
            topOrdered = null;
            markerWidths.Clear();
            switch (block)
            {
                case ParagraphBlock paragraph:
                    AppendParagraph(output, paragraph);
                    break;
                case TableBlock table:
                    Separate(output);
                    AppendTable(output, table);
                    break;
            }
        }
        if (document.Footnotes.Length > 0)
        {
            Separate(output);
            foreach (var note in document.Footnotes)
                output.Append("[^").Append(note.Label).Append("]: ").Append(MarkdownInline.Render(note.Text.Trim())).Append('\n');
        }
        return output.ToString();
    }

    private static void AppendParagraph(StringBuilder output, ParagraphBlock paragraph)
    {
        if (paragraph.Text.IsBlank) return;
        Separate(output);
        if (HeadingDecider.Decide(paragraph) is { } heading)
        {
            output.Append('#', heading.Level).Append(' ').Append(MarkdownInline.Render(heading.Heading, keepEmphasis: false, inHeading: true)).Append('\n');
            if (heading.Rest is { } rest) output.Append('\n').Append(MarkdownInline.Render(rest)).Append('\n');
            return;
        }
        output.Append(MarkdownInline.Render(paragraph.Text.Trim())).Append('\n');
    }

    private static void AppendListItem(StringBuilder output, ListItemBlock item, List<int> markerWidths)
    {
        // Each nesting level is indented by the width of its parent's marker, as CommonMark requires.
        var depth = Math.Min(item.Depth, markerWidths.Count);
        if (markerWidths.Count > depth) markerWidths.RemoveRange(depth, markerWidths.Count - depth);
        var marker = item.Ordered ? item.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " : "- ";
        output.Append(' ', markerWidths.Sum()).Append(marker).Append(MarkdownInline.Render(item.Text.Trim())).Append('\n');
        markerWidths.Add(marker.Length);
    }

    private static void AppendTable(StringBuilder output, TableBlock table)
    {
        var columns = table.Rows.Length == 0 ? 0 : table.Rows.Max(r => r.Length);
        if (columns == 0) return;
        for (var r = 0; r < table.Rows.Length; r++)
        {
            output.Append('|');
            for (var c = 0; c < columns; c++)
            {
                var cell = c < table.Rows[r].Length ? MarkdownInline.Render(table.Rows[r][c].Trim()) : "";
                output.Append(' ').Append(cell).Append(" |");
            }
            output.Append('\n');
            if (r == 0) output.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", columns))).Append('\n');
        }
    }

    /// <summary>One blank line between blocks, none before the first.</summary>
    private static void Separate(StringBuilder output)
    {
        if (output.Length > 0 && !(output.Length >= 2 && output[^1] == '\n' && output[^2] == '\n')) output.Append('\n');
    }
}
