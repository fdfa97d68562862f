using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace StaticPlans.Rendering.Theme;

/// <summary>
/// Escapes every value a template prints unless it is <see cref="RawHtml"/>. Literal template text does not
/// pass through here (Scriban writes it with the other Write overloads), so markup in themes is untouched.
/// </summary>
internal sealed class EscapingTemplateContext(ScriptObject builtins) : TemplateContext(builtins)
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawHtml raw) return Write(raw.Value);
        var text = ObjectToString(textAsObject);
        return Write(Html.Escape(text));
    }
}
