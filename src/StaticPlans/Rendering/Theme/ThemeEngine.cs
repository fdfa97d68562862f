using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticPlans.Diagnostics;
using StaticPlans.Loading;

namespace StaticPlans.Rendering.Theme;

/// <summary>A template failed while rendering a page; carries the diagnostic with the template's file and line.</summary>
public sealed class TemplateRenderException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}

/// <summary>
/// Renders the layouts that the load stage parsed once (<see cref="ThemeLoader"/>); each render gets a strict,
/// escaping context of its own thread (contexts are not thread-safe, templates are), reset between pages and
/// pre-filled with the parsed partials so includes are never parsed again.
/// </summary>
public sealed class ThemeEngine
{
    private readonly IReadOnlyDictionary<string, Template> _templates;
    private readonly TemplateLoader _loader;
    private readonly MemberRows _rows;

    // Building Scriban's built-in functions is most of the cost of a new context; they hold no state, so every
    // context (on every thread: they are only read) shares this one set, with include wrapped once.
    private readonly ScriptObject _builtins = CreateBuiltins();

    /// <summary>An engine over the layouts the load stage parsed (<see cref="ThemeLoader"/>).</summary>
    public ThemeEngine(ThemeLayouts layouts)
    {
        _templates = layouts.Templates;
        _rows = MemberRows.Of(layouts.Templates.Values);
        HasCustomCss = layouts.HasCustomCss;
        _loader = new TemplateLoader(this);
    }

    /// <summary>Whether the site (or theme) has <see cref="ThemeFiles.CustomCss"/>.</summary>
    public bool HasCustomCss { get; }

    /// <summary>
    /// Layout <paramref name="name"/> as a fragment that another layout prints: it is rendered then, into that
    /// layout's writer, so its text is never collected first.
    /// </summary>
    public HtmlFragment Fragment(string name, ScriptObject model) => new(writer => Render(name, model, writer));

    /// <summary>Renders layout <paramref name="name"/> straight into <paramref name="writer"/> (a page's file): no page-sized string.</summary>
    public void RenderTo(string name, ScriptObject model, TextWriter writer) => Render(name, model, writer);

    private string Render(string name, ScriptObject model, TextWriter? writer)
    {
        if (!_templates.TryGetValue(name, out var template))
        {
            throw new TemplateRenderException(Diagnostic.Error($"(theme)/layouts/{name}", 0, 0, DiagnosticCodes.TemplateMissing,
                Messages.Text("SP0303", ("name", name))));
        }

        var context = TakeContext();
        context.PushGlobal(model);
        if (writer is not null) context.PushOutput(new WriterOutput(writer));
        try
        {
            var text = template.Render(context);
            Recycle(context);
            return writer is null ? text : "";
        }
        catch (ScriptRuntimeException e) when (Inner<TemplateRenderException>(e) is { } nested)
        {
            // A fragment printed by this layout failed: report the fragment's own template and line.
            throw nested;
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateRenderException(Diagnostic.Error(DisplayPathOf(e.Span.FileName), e.Span.Start.Line + 1, e.Span.Start.Column + 1,
                DiagnosticCodes.TemplateRuntime, Messages.Text("SP0302", ("detail", e.OriginalMessage))));
        }
    }

    // A context costs more to build than a small page costs to render. Each thread keeps the contexts it has
    // finished with (a page nests base.html, a layout and partials, so a few at once); a render that failed
    // leaves its context out, since its state is then unknown.
    private readonly ThreadLocal<Stack<TemplateContext>> _idle = new(() => new Stack<TemplateContext>());

    private TemplateContext TakeContext() => _idle.Value!.TryPop(out var context) ? context : CreateContext();

    private void Recycle(TemplateContext context)
    {
        // Reset pops the model and the output, and also forgets the parsed partials: give them back.
        context.Reset();
        foreach (var (name, template) in _templates) context.CachedTemplates[name] = template;
        _idle.Value!.Push(context);
    }

    private static T? Inner<T>(Exception e) where T : Exception
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
            if (inner is T found) return found;
        return null;
    }

    private TemplateContext CreateContext()
    {
        var context = new EscapingTemplateContext(_builtins, _rows)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableNullIndexer = false,
            // Our own trusted themes list every plan of a year or topic: thousands of iterations at scale.
            LoopLimit = 0,
            LimitToString = 0,
            TemplateLoader = _loader,
        };
        foreach (var (name, template) in _templates) context.CachedTemplates[name] = template;
        return context;
    }

    private static ScriptObject CreateBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        if (builtins["include"] is IScriptCustomFunction include)
            builtins.SetValue("include", new TrustedIncludeFunction(include), true);
        return builtins;
    }

    private string DisplayPathOf(string? fileName) => fileName ?? "(theme)";

    private sealed class TemplateLoader(ThemeEngine engine) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            var name = templateName.Replace('\\', '/');
            if (name.StartsWith('/') || name.Split('/').Any(part => part is ".." or "."))
                throw new ScriptRuntimeException(callerSpan, $"include '{templateName}': a partial is named relative to layouts/, without '..' or a leading '/'");
            if (!engine._templates.ContainsKey(name))
                throw new ScriptRuntimeException(callerSpan, $"include '{templateName}': no such file under layouts/");
            return name;
        }

        public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new ScriptRuntimeException(callerSpan, $"include '{templatePath}' was not parsed with the theme");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
