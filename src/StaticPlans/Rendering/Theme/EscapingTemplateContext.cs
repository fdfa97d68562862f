using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticPlans.Rendering.Theme;

/// <summary>
/// Escapes every value a template prints unless it is <see cref="RawHtml"/>. Literal template text does not
/// pass through here (Scriban writes it with the other Write overloads), so markup in themes is untouched.
/// </summary>
internal sealed class EscapingTemplateContext(ScriptObject builtins, MemberRows rows) : TemplateContext(builtins)
{
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction) =>
        scriptNode is ScriptBlockStatement body && rows.TryWrite(this, body) ? null : base.Evaluate(scriptNode, aliasReturnedFunction);

    // Each thread has its own contexts, and a context builds the reflection accessor of each model type it meets
    // anew: share the accessors of our own model records (immutable, read-only use) across contexts and threads.
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> SharedAccessors = new();

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (type.Assembly != typeof(EscapingTemplateContext).Assembly) return base.GetMemberAccessorImpl(target);
        if (SharedAccessors.TryGetValue(type, out var shared)) return shared;
        var accessor = base.GetMemberAccessorImpl(target);
        if (accessor is not null) SharedAccessors.TryAdd(type, accessor);
        return accessor;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        // A fragment (a layout, a plan's body) is rendered straight into the page's file when it is being streamed,
        // so it never becomes a string; anywhere else, and for other trusted HTML, its text is written unescaped.
        if (textAsObject is HtmlFragment fragment && Output is WriterOutput direct)
        {
            fragment.WriteTo(direct.Writer);
            return this;
        }
        if (textAsObject is HtmlFragment or RawHtml) return Write(textAsObject.ToString()!);
        var text = ObjectToString(textAsObject);
        return Write(Html.Escape(text));
    }
}
