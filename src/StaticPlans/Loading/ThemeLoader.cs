using Scriban;
using Scriban.Parsing;
using StaticPlans.Diagnostics;

namespace StaticPlans.Loading;

/// <summary>Every layout and partial of the theme, parsed once; the render stage's ThemeEngine renders them.</summary>
/// <param name="Templates">By name under layouts/ ("plan.html", "partials/meta.html").</param>
/// <param name="HasCustomCss">Whether the site (or theme) has <see cref="ThemeFiles.CustomCss"/>.</param>
public sealed record ThemeLayouts(IReadOnlyDictionary<string, Template> Templates, bool HasCustomCss);

/// <summary>The theme as the load stage reads it: its layouts (null when one does not parse) and its interface text.</summary>
public sealed record LoadedTheme(ThemeLayouts? Layouts, IReadOnlyDictionary<string, string> Strings);

/// <summary>
/// Reads the theme site.yml names: its layouts, parsed with every syntax error reported at its file and line, and
/// strings.yml merged with the site's own. A theme that does not exist is an error at site.yml.
/// </summary>
public static class ThemeLoader
{
    public static LoadedTheme Load(string siteRoot, string themeName, ICollection<Diagnostic> diagnostics)
    {
        var files = new ThemeFiles(siteRoot, themeName);
        if (!files.Exists)
        {
            diagnostics.Add(Diagnostic.Error(SiteInputs.ConfigFile, 1, 1, DiagnosticCodes.SiteConfigInvalid,
                Messages.Text("SP0003.theme_missing", ("theme", themeName))));
            return new LoadedTheme(null, new Dictionary<string, string>());
        }
        var layouts = Layouts(files, diagnostics);
        return new LoadedTheme(layouts, StringsLoader.Load(files, siteRoot, diagnostics));
    }

    /// <summary>The .html and .xml files under layouts/, or null when any has a syntax error.</summary>
    public static ThemeLayouts? Layouts(ThemeFiles files, ICollection<Diagnostic> diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var ok = true;
        foreach (var relative in files.List("layouts/").Where(p => p.EndsWith(".html", StringComparison.Ordinal) || p.EndsWith(".xml", StringComparison.Ordinal)))
        {
            var display = files.DisplayPath(relative);
            // Parsed under its display path: a render error then names the file the editor would open.
            var template = Template.Parse(files.ReadText(relative) ?? "", display);
            foreach (var message in template.Messages)
            {
                diagnostics.Add(new Diagnostic(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1,
                    DiagnosticCodes.TemplateSyntax, message.Type == ParserMessageType.Error ? Severity.Error : Severity.Warning, Messages.Text("SP0301", ("detail", message.Message))));
            }
            ok &= !template.HasErrors;
            templates[relative["layouts/".Length..]] = template;
        }
        return ok ? new ThemeLayouts(templates, files.List("assets/").Contains(ThemeFiles.CustomCss)) : null;
    }
}
