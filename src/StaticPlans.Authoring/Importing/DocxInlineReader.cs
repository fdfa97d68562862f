using System.Collections.Immutable;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace StaticPlans.Authoring.Importing;

/// <summary>
/// Reads the runs of one paragraph into inline text: bold and italic kept, deleted text and page-number fields
/// (PAGE, NUMPAGES) left out, footnote references turned into labels.
/// </summary>
public sealed class DocxInlineReader(DocxStyles styles, Func<int, string> footnoteLabel)
{
    public InlineText Read(OpenXmlElement paragraph)
    {
        var spans = ImmutableArray.CreateBuilder<InlineSpan>();
        var fields = new Stack<FieldState>();
        Walk(paragraph, spans, fields);
        return new InlineText(spans.ToImmutable());
    }

    private sealed class FieldState
    {
        public StringBuilder Instruction { get; } = new();
        public bool InResult { get; set; }
        public bool Hidden => IsPageField(Instruction.ToString());
    }

    private void Walk(OpenXmlElement element, ImmutableArray<InlineSpan>.Builder spans, Stack<FieldState> fields)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case ParagraphProperties or DeletedRun or MoveFromRun:
                    break;
                case SimpleField simple when IsPageField(simple.Instruction?.Value ?? ""):
                    break;
                case Run run:
                    ReadRun(run, spans, fields);
                    break;
                case OpenXmlCompositeElement composite when child is not Paragraph and not Table:
                    Walk(composite, spans, fields);
                    break;
            }
        }
    }

    private void ReadRun(Run run, ImmutableArray<InlineSpan>.Builder spans, Stack<FieldState> fields)
    {
        var properties = run.RunProperties;
        var bold = IsOn(properties?.Bold) || styles.IsBoldCharacterStyle(properties?.RunStyle?.Val?.Value);
        var italic = IsOn(properties?.Italic);
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case FieldChar fieldChar:
                    var type = fieldChar.FieldCharType?.Value;
                    if (type == FieldCharValues.Begin) fields.Push(new FieldState());
                    else if (type == FieldCharValues.Separate && fields.Count > 0) fields.Peek().InResult = true;
                    else if (type == FieldCharValues.End && fields.Count > 0) fields.Pop();
                    break;
                case FieldCode code:
                    if (fields.Count > 0 && !fields.Peek().InResult) fields.Peek().Instruction.Append(code.Text);
                    break;
                case WordText text when Visible(fields):
                    spans.Add(new InlineSpan(text.Text, bold, italic));
                    break;
                case TabChar when Visible(fields):
                    spans.Add(new InlineSpan(" ", bold, italic));
                    break;
                case Break br when Visible(fields) && (br.Type is null || br.Type.Value == BreakValues.TextWrapping):
                    spans.Add(new InlineSpan("\n", bold, italic));
                    break;
                case NoBreakHyphen when Visible(fields):
                    spans.Add(new InlineSpan("-", bold, italic));
                    break;
                case FootnoteReference reference when reference.Id?.Value is long id:
                    spans.Add(new InlineSpan("", FootnoteLabel: footnoteLabel((int)id)));
                    break;
            }
        }
    }

    /// <summary>Text is shown unless it is a field's code or the result of a page-number field.</summary>
    private static bool Visible(Stack<FieldState> fields) => fields.All(f => f.InResult && !f.Hidden);

    private static bool IsPageField(string instruction)
    {
        var name = instruction.Trim().Split(' ', 2)[0].ToUpperInvariant();
        return name is "PAGE" or "NUMPAGES" or "SECTIONPAGES";
    }

    private static bool IsOn(OnOffType? value) => value is not null && (value.Val is null || value.Val.Value);
}
