using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticPlans.Diagnostics;
using StaticPlans.Loading;
using StaticPlans.Rendering.Theme;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Rendering.Theme;

/// <summary>
/// Loops whose body is only markup and members of the item are written without Scriban's statement interpreter
/// (<see cref="MemberRows"/>): a page must read exactly as the interpreter would have written it.
/// </summary>
public sealed class MemberRowsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sp-rows-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    public sealed record Row(string Name, int Count, string? Note)
    {
        public string Broken => throw new InvalidOperationException("the view could not say");
    }

    private static readonly Row[] Rows = [new("<b>甲</b> & \"乙\"", 3, null), new("丙", -1, "注：'引号'")];

    private ThemeEngine Engine(string layout)
    {
        var dir = Path.Combine(_root, "themes", "t", "layouts");
        Directory.CreateDirectory(Path.Combine(dir, "partials"));
        File.WriteAllText(Path.Combine(dir, "p.html"), layout);
        var diagnostics = new List<Diagnostic>();
        var parsed = ThemeLoader.Layouts(new ThemeFiles(_root, "t"), diagnostics);
        Assert.Empty(diagnostics);
        return new ThemeEngine(parsed!);
    }

    private string Render(string layout)
    {
        var model = new ScriptObject();
        model.SetValue("rows", Rows, true);
        using var writer = new StringWriter();
        Engine(layout).RenderTo("p.html", model, writer);
        return writer.ToString();
    }

    [Fact]
    public void Only_a_loop_of_markup_and_the_items_members_is_written_without_the_interpreter()
    {
        static int Found(string text) => MemberRows.Of([Template.Parse(text)]).Count;

        Assert.Equal(1, Found("<ul>{{ for r in rows }}<li>{{ r.name }}（{{ r.count }}）</li>\n{{ end }}</ul>"));
        Assert.Equal(0, Found("{{ for r in rows }}{{ if r.note }}{{ r.note }}{{ end }}{{ end }}"));
        Assert.Equal(0, Found("{{ for r in rows }}{{ other.name }}{{ end }}"));
        Assert.Equal(0, Found("{{ for r in rows }}{{ for.index }}{{ end }}"));
    }

    [Fact]
    public void The_default_themes_figures_table_and_contents_are_row_loops()
    {
        var diagnostics = new List<Diagnostic>();
        var layouts = ThemeLoader.Layouts(new ThemeFiles(RepoPaths.Root, "default"), diagnostics)!;
        var plan = layouts.Templates["plan.html"];
        var rows = MemberRows.Of([plan]);

        // The page's longest loops: a row per figure, an entry per heading.
        Assert.True(rows.Writes(LoopOver(plan.Page!, "figures")!.Body!));
        Assert.True(rows.Writes(LoopOver(plan.Page!, "plan.toc")!.Body!));
    }

    private static ScriptForStatement? LoopOver(ScriptNode node, string iterator) =>
        node is ScriptForStatement loop && loop.Iterator?.ToString() == iterator
            ? loop
            : node.Children.OfType<ScriptNode>().Select(c => LoopOver(c, iterator)).FirstOrDefault(l => l is not null);

    [Fact]
    public void A_row_loop_escapes_every_value_prints_numbers_as_written_and_nothing_for_a_null()
    {
        var page = Render("<ul>{{ for r in rows }}<li title=\"{{ r.note }}\">{{ r.name }}（{{ r.count }}）</li>\n{{ end }}</ul>");

        Assert.Equal("<ul><li title=\"\">&lt;b&gt;甲&lt;/b&gt; &amp; &quot;乙&quot;（3）</li>\n"
            + "<li title=\"注：&#39;引号&#39;\">丙（-1）</li>\n</ul>", page);
    }

    [Fact]
    public void A_row_loop_reads_as_the_same_loop_does_when_the_interpreter_writes_it()
    {
        // The second loop's `{{ if true }}{{ end }}` changes nothing it prints but keeps it on the interpreter's path.
        const string Body = "<tr><td>{{ r.count }}</td><td>{{ r.name }}</td><td>{{ r.note }}</td></tr>\n";

        var fast = Render("{{ for r in rows limit: 2 reversed: true }}" + Body + "{{ else }}none{{ end }}");
        var interpreted = Render("{{ for r in rows limit: 2 reversed: true }}{{ if true }}{{ end }}" + Body + "{{ else }}none{{ end }}");

        Assert.Equal(interpreted, fast);
        Assert.StartsWith("<tr><td>-1</td><td>丙</td>", fast);
    }

    [Fact]
    public void A_member_the_item_lacks_is_as_much_an_error_in_a_row_loop_as_elsewhere()
    {
        var fast = Record.Exception(() => Render("{{ for r in rows }}<td>{{ r.nmae }}</td>{{ end }}"));
        var interpreted = Record.Exception(() => Render("{{ for r in rows }}{{ if true }}{{ end }}<td>{{ r.nmae }}</td>{{ end }}"));

        Assert.Equal(interpreted?.GetType(), fast?.GetType());
        Assert.Equal((interpreted as TemplateRenderException)?.Diagnostic.Message, (fast as TemplateRenderException)?.Diagnostic.Message);
    }

    [Fact]
    public void A_value_that_fails_in_a_row_loop_is_reported_at_its_template_line_as_the_interpreter_reports_it()
    {
        var fast = Assert.Throws<TemplateRenderException>(() => Render("<table>\n{{ for r in rows }}<td>{{ r.broken }}</td>{{ end }}</table>"));
        var interpreted = Assert.Throws<TemplateRenderException>(() =>
            Render("<table>\n{{ for r in rows }}{{ if true }}{{ end }}<td>{{ r.broken }}</td>{{ end }}</table>"));

        Assert.Equal(DiagnosticCodes.TemplateRuntime, fast.Diagnostic.Code);
        Assert.Equal(2, fast.Diagnostic.Line);
        Assert.Equal(interpreted.Diagnostic.Line, fast.Diagnostic.Line);
        Assert.Equal(interpreted.Diagnostic.Message, fast.Diagnostic.Message);
    }
}
