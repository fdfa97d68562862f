using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace StaticPlans.Authoring.Importing;

/// <summary>
/// What a paragraph style means for the import: a heading level, Word's Title, and list numbering it carries.
/// Chinese Word names its heading styles "标题 1" and gives them ids such as "1", so names and outline levels count,
/// not just the English ids.
/// </summary>
public sealed partial class DocxStyles
{
    private readonly Dictionary<string, Style> _byId = new(StringComparer.Ordinal);

    [GeneratedRegex(@"^(?:heading|标题)\s*([1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();

    public DocxStyles(Styles? styles)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
            if (style.StyleId?.Value is string id) _byId.TryAdd(id, style);
    }

    public int? HeadingLevel(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (HeadingName().Match(style.StyleId?.Value ?? "") is { Success: true } byId) return int.Parse(byId.Groups[1].Value);
            if (HeadingName().Match(style.StyleName?.Val?.Value ?? "") is { Success: true } byName) return int.Parse(byName.Groups[1].Value);
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is int outline) return outline < 9 ? outline + 1 : null;
        }
        return null;
    }

    public bool IsTitle(string? styleId) =>
        Chain(styleId).Take(1).Any(s => s.StyleId?.Value is "Title" || s.StyleName?.Val?.Value is "Title" or "title" or "标题");

    public NumberingProperties? Numbering(string? styleId) =>
        Chain(styleId).Select(s => s.StyleParagraphProperties?.NumberingProperties).FirstOrDefault(n => n is not null);

    public bool IsBoldCharacterStyle(string? styleId) =>
        Chain(styleId).Any(s => s.StyleId?.Value is "Strong" || s.StyleRunProperties?.Bold is { } b && (b.Val is null || b.Val.Value));

    private IEnumerable<Style> Chain(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < 16 && _byId.TryGetValue(styleId, out var style); depth++)
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }
}
