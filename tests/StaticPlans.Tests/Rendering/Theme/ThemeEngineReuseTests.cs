using Scriban.Runtime;
using StaticPlans.Diagnostics;
using StaticPlans.Loading;
using StaticPlans.Rendering;
using StaticPlans.Rendering.Theme;

namespace StaticPlans.Tests.Rendering.Theme;

/// <summary>The engine reuses template contexts between renders on a thread: nothing may carry over from one page to the next.</summary>
public sealed class ThemeEngineReuseTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sp-theme-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private ThemeEngine Engine(params (string Name, string Text)[] layouts)
    {
        var dir = Path.Combine(_root, "themes", "t", "layouts");
        Directory.CreateDirectory(Path.Combine(dir, "partials"));
        foreach (var (name, text) in layouts) File.WriteAllText(Path.Combine(dir, name), text);
        var diagnostics = new List<Diagnostic>();
        var parsed = ThemeLoader.Layouts(new ThemeFiles(_root, "t"), diagnostics);
        Assert.Empty(diagnostics);
        return new ThemeEngine(parsed!);
    }

    private static ScriptObject Model(params (string Name, object Value)[] values)
    {
        var model = new ScriptObject();
        foreach (var (name, value) in values) model.SetValue(name, value, true);
        return model;
    }

    private static string RenderTo(ThemeEngine engine, string layout, ScriptObject model)
    {
        using var writer = new StringWriter();
        engine.RenderTo(layout, model, writer);
        return writer.ToString();
    }

    [Fact]
    public void A_variable_missing_from_a_later_page_is_still_an_error()
    {
        var engine = Engine(("p.html", "<h1>{{ title }}</h1>"));

        Assert.Equal("<h1>甲</h1>", RenderTo(engine, "p.html", Model(("title", "甲"))));
        Assert.Equal("<h1>乙</h1>", RenderTo(engine, "p.html", Model(("title", "乙"))));
        var error = Assert.Throws<TemplateRenderException>(() => RenderTo(engine, "p.html", Model()));

        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Diagnostic.Code);
        Assert.Contains("title", error.Diagnostic.Message);
    }

    [Fact]
    public void A_variable_one_page_assigns_is_not_seen_by_the_next()
    {
        var engine = Engine(("a.html", "{{ seen = 'a' }}{{ seen }}"), ("b.html", "{{ seen }}"));

        Assert.Equal("a", RenderTo(engine, "a.html", Model()));

        Assert.Throws<TemplateRenderException>(() => RenderTo(engine, "b.html", Model()));
    }

    [Fact]
    public void Partials_and_nested_layouts_still_render_after_many_pages_and_after_a_failed_one()
    {
        var engine = Engine(("base.html", "<main>{{ content }}</main>"), ("in.html", "{{ include 'partials/x.html' }}{{ n }}"),
            ("partials/x.html", "<i>{{ n }}</i>"));

        string Page(object n)
        {
            var model = Model(("n", n));
            model.SetValue("content", engine.Fragment("in.html", model), true);
            return RenderTo(engine, "base.html", model);
        }

        for (var i = 0; i < 5; i++) Assert.Equal($"<main><i>{i}</i>{i}</main>", Page(i));
        var failed = Assert.Throws<TemplateRenderException>(() =>
        {
            var model = new ScriptObject();
            model.SetValue("content", engine.Fragment("in.html", model), true);
            RenderTo(engine, "base.html", model);
        });
        // The error names the partial where the missing variable is used, not base.html that printed the layout.
        Assert.EndsWith("partials/x.html", failed.Diagnostic.File);
        Assert.Equal("<main><i>9</i>9</main>", Page(9));
    }
}
