using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace StaticPlans.Tests.Authoring.Importing;

/// <summary>
/// Builds small Word documents in memory the way Chinese Word saves them: heading styles with ids "1", "2" and
/// names "heading 1", list numbering, footnotes, a page header and a footer with a page-number field.
/// </summary>
internal sealed class DocxFixture
{
    public const int BulletList = 1;
    public const int ChineseList = 2;
    public const int DecimalList = 3;

    private readonly List<OpenXmlElement> _body = [];
    private readonly List<(int Id, string Text)> _footnotes = [];
    private string? _header;
    private string? _footer;

    public static Run Words(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold) properties.Append(new Bold());
            if (italic) properties.Append(new Italic());
            run.Append(properties);
        }
        run.Append(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    public DocxFixture Paragraph(params Run[] runs)
    {
        _body.Add(new Paragraph(runs.Cast<OpenXmlElement>()));
        return this;
    }

    public DocxFixture Paragraph(string text) => Paragraph(Words(text));

    public DocxFixture Styled(string styleId, string text)
    {
        _body.Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), Words(text)));
        return this;
    }

    public DocxFixture ListItem(int numId, string text, int level = 0)
    {
        var numbering = new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId });
        _body.Add(new Paragraph(new ParagraphProperties(numbering), Words(text)));
        return this;
    }

    /// <summary>A paragraph whose text is followed by a footnote reference.</summary>
    public DocxFixture Footnoted(string text, string note)
    {
        var id = _footnotes.Count + 1;
        _footnotes.Add((id, note));
        var reference = new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }),
            new FootnoteReference { Id = id });
        _body.Add(new Paragraph(Words(text), reference));
        return this;
    }

    /// <summary>A body paragraph "第 N 页 共 M 页" made of PAGE and NUMPAGES fields, as some templates put in the text.</summary>
    public DocxFixture PageNumberLine()
    {
        _body.Add(new Paragraph(Words("第 "), FieldBegin(), new Run(new FieldCode(" PAGE ")), FieldSeparate(), Words("3"), FieldEnd(),
            Words(" 页 共 "), FieldBegin(), new Run(new FieldCode(" NUMPAGES ")), FieldSeparate(), Words("6"), FieldEnd(), Words(" 页")));
        return this;
    }

    public DocxFixture Table(params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableStyle { Val = "TableGrid" }));
        foreach (var row in rows)
            table.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(Words(cell))))));
        _body.Add(table);
        return this;
    }

    public DocxFixture Header(string text) { _header = text; return this; }

    public DocxFixture Footer(string text) { _footer = text; return this; }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            var body = new Body(_body.Select(e => e.CloneNode(true)));
            if (_footnotes.Count > 0) main.AddNewPart<FootnotesPart>().Footnotes = Footnotes();
            var section = new SectionProperties();
            if (_header is not null)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new Header(new Paragraph(Words(_header)));
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }
            if (_footer is not null)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = new Footer(new Paragraph(Words(_footer), new SimpleField(Words("1")) { Instruction = " PAGE " }));
                section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }
            body.Append(section);
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Styles Styles() => new(
        Style("a", "Normal"),
        Style("1", "heading 1", outline: 0),
        Style("2", "heading 2", outline: 1),
        Style("Heading3", "heading 3"),
        Style("Title", "Title"),
        new Style(new StyleName { Val = "Strong" }, new StyleRunProperties(new Bold())) { Type = StyleValues.Character, StyleId = "Strong" });

    private static Style Style(string id, string name, int? outline = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (outline is int level) style.Append(new StyleParagraphProperties(new OutlineLevel { Val = level }));
        return style;
    }

    private static Numbering Numbering() => new(
        Abstract(BulletList, NumberFormatValues.Bullet, "•"),
        Abstract(ChineseList, NumberFormatValues.ChineseCounting, "%1、"),
        Abstract(DecimalList, NumberFormatValues.Decimal, "%1."),
        Instance(BulletList), Instance(ChineseList), Instance(DecimalList));

    private static AbstractNum Abstract(int id, NumberFormatValues format, string text) => new(
        new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = 0 },
        new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text.Replace("%1", "%2") }) { LevelIndex = 1 })
    { AbstractNumberId = id };

    private static NumberingInstance Instance(int id) => new(new AbstractNumId { Val = id }) { NumberID = id };

    private Footnotes Footnotes()
    {
        var footnotes = new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        foreach (var (id, text) in _footnotes)
            footnotes.Append(new Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), Words(" " + text))) { Id = id });
        return footnotes;
    }

    private static Run FieldBegin() => new(new FieldChar { FieldCharType = FieldCharValues.Begin });
    private static Run FieldSeparate() => new(new FieldChar { FieldCharType = FieldCharValues.Separate });
    private static Run FieldEnd() => new(new FieldChar { FieldCharType = FieldCharValues.End });
}
