using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticPlans.Rendering.Theme;

/// <summary>
/// Wraps Scriban's built-in <c>include</c> so a partial's output counts as HTML: the partial already escaped
/// its own values, and escaping its markup a second time would print tags as text.
/// </summary>
internal sealed class TrustedIncludeFunction(IScriptCustomFunction inner) : IScriptCustomFunction
{
    public int RequiredParameterCount => inner.RequiredParameterCount;
    public int ParameterCount => inner.ParameterCount;
    public ScriptVarParamKind VarParamKind => inner.VarParamKind;
    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new RawHtml(context.ObjectToString(inner.Invoke(context, callerContext, arguments, blockStatement)) ?? "");

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new RawHtml(context.ObjectToString(await inner.InvokeAsync(context, callerContext, arguments, blockStatement)) ?? "");
}
