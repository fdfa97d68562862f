using System.Collections.Concurrent;
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
        // Trusted HTML goes straight to a page's file when it is being streamed: page bodies are large, and
        // Scriban's own Write would copy them once more.
        if (textAsObject is HtmlFragment fragment)
        {
            if (Output is WriterOutput direct)
            {
                fragment.WriteTo(direct.Writer);
                return this;
            }
            return Write(fragment.ToString());
        }
        if (textAsObject is RawHtml raw)
        {
            if (Output is WriterOutput direct)
            {
                direct.Writer.Write(raw.Value);
                return this;
            }
            return Write(raw.Value);
        }
        var text = ObjectToString(textAsObject);
        return Write(Html.Escape(text));
    }
}
