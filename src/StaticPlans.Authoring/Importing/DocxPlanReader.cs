using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StaticPlans.Diagnostics;

namespace StaticPlans.Authoring.Importing;

/// <summary>
/// Reads the body of a Word document into blocks. Page headers and footers live in their own parts and are never
/// read; footnotes are collected in the order the text refers to them.
/// </summary>
public sealed class DocxPlanReader
{
    private readonly DocxStyles _styles;
    private readonly DocxNumbering _numbering;
    private readonly DocxInlineReader _inlines;
    private readonly Dictionary<int, string> _footnoteLabels = new();
    private readonly List<int> _footnoteOrder = [];
    private readonly List<ImportBlock> _blocks = [];

    private DocxPlanReader(MainDocumentPart main)
    {
        _styles = new DocxStyles(main.StyleDefinitionsPart?.Styles);
        _numbering = new DocxNumbering(main.NumberingDefinitionsPart?.Numbering);
        _inlines = new DocxInlineReader(_styles, LabelFor);
    }

    /// <exception cref="ImportException">The file is not a readable Word document.</exception>
    public static ImportedDocument Read(Stream stream, string fileName)
    {
        try
        {
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body ?? throw new ImportException(Messages.Text("import.no_body", ("file", fileName)));
            var reader = new DocxPlanReader(main);
            reader.ReadBlocks(body);
            var footnotes = reader.ReadFootnotes(main.FootnotesPart?.Footnotes);
            return new ImportedDocument([.. reader._blocks], footnotes);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException
                                      or System.Xml.XmlException or InvalidOperationException
                                      or ArgumentException or NotSupportedException)
        {
            throw new ImportException(Messages.Text("import.not_docx", ("file", fileName), ("reason", e.Message)));
        }
    }

    private string LabelFor(int id)
    {
        if (!_footnoteLabels.TryGetValue(id, out var label))
        {
            _footnoteOrder.Add(id);
            _footnoteLabels[id] = label = _footnoteOrder.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return label;
    }

    private void ReadBlocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    ReadParagraph(paragraph);
                    break;
                case Table table:
                    _blocks.Add(ReadTable(table));
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    ReadBlocks(child);
                    break;
            }
        }
    }

    private void ReadParagraph(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        var text = _inlines.Read(paragraph);
        if (text.IsBlank || PageDebris.IsDebris(text.PlainText)) return;

        var styleLevel = properties?.OutlineLevel?.Val?.Value is int outline ? (outline < 9 ? outline + 1 : (int?)null) : _styles.HeadingLevel(styleId);
        var numbering = properties?.NumberingProperties ?? _styles.Numbering(styleId);
        var label = numbering is null ? null
            : _numbering.Next(numbering.NumberingId?.Val?.Value ?? 0, numbering.NumberingLevelReference?.Val?.Value ?? 0);

        if (label is not null && styleLevel is null && !label.Chinese)
        {
            _blocks.Add(new ListItemBlock(text, !label.Bullet, label.Depth, label.Number));
            return;
        }
        if (label is { Bullet: false })
            text = new InlineText([new InlineSpan(label.Text, text.Spans.FirstOrDefault()?.Bold ?? false), .. text.Spans]);
        _blocks.Add(new ParagraphBlock(text, styleLevel, _styles.IsTitle(styleId)));
    }

    private TableBlock ReadTable(Table table)
    {
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<InlineText>>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = ImmutableArray.CreateBuilder<InlineText>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var merge = cell.TableCellProperties?.VerticalMerge;
                var continued = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                cells.Add(continued ? InlineText.Plain("") : CellText(cell));
                for (var extra = 1; extra < (cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1); extra++) cells.Add(InlineText.Plain(""));
            }
            rows.Add(cells.ToImmutable());
        }
        return new TableBlock(rows.ToImmutable());
    }

    /// <summary>The paragraphs of a cell on one line, separated by a space: a pipe table cell cannot hold a line break.</summary>
    private InlineText CellText(TableCell cell)
    {
        var spans = new List<InlineSpan>();
        foreach (var paragraph in cell.Descendants<Paragraph>())
        {
            var text = _inlines.Read(paragraph).Trim();
            if (text.IsBlank) continue;
            if (spans.Count > 0) spans.Add(new InlineSpan(" "));
            spans.AddRange(text.Spans);
        }
        return new InlineText([.. spans]);
    }

    private ImmutableArray<ImportedFootnote> ReadFootnotes(Footnotes? footnotes)
    {
        var result = ImmutableArray.CreateBuilder<ImportedFootnote>();
        // Looked up by id once each: searching the part for every reference was quadratic in the number of notes.
        var byId = new Dictionary<long, Footnote>();
        foreach (var f in footnotes?.Elements<Footnote>() ?? [])
            if (f.Id?.Value is long fid) byId.TryAdd(fid, f);
        foreach (var id in _footnoteOrder.ToList())
        {
            var note = byId.GetValueOrDefault(id);
            var spans = new List<InlineSpan>();
            foreach (var paragraph in note?.Elements<Paragraph>() ?? [])
            {
                var text = _inlines.Read(paragraph).Trim();
                if (text.IsBlank) continue;
                if (spans.Count > 0) spans.Add(new InlineSpan(" "));
                spans.AddRange(text.Spans);
            }
            result.Add(new ImportedFootnote(_footnoteLabels[id], new InlineText([.. spans])));
        }
        return result.ToImmutable();
    }
}
