using System.Text;
using StaticPlans.Diagnostics;
using StaticPlans.Rendering;

namespace StaticPlans.Serve;

/// <summary>
/// What serve mode adds to HTML pages (and only serve mode: built sites never contain it): a script that reloads the
/// tab when the site is rebuilt, and, while the latest build has errors, an overlay listing them.
/// </summary>
public static class ReloadInjection
{
    public static byte[] Inject(byte[] html, PreviewSite site)
    {
        var addition = Script(site.Version) + Overlay(site.Errors);
        var text = Encoding.UTF8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text = at >= 0 ? text[..at] + addition + text[at..] : text + addition;
        return Encoding.UTF8.GetBytes(text);
    }

    // The version tells the server which build this page shows: if a rebuild happened before the event stream
    // connected, the server answers at once and the tab still reloads.
    private static string Script(int version) => $$"""
        <script data-staticplans-serve>
        (function () {
          var source = new EventSource("{{PreviewRouter.EventsPath}}?v={{version}}");
          source.addEventListener("reload", function () { source.close(); location.reload(); });
        })();
        </script>

        """;

    private static string Overlay(IReadOnlyList<Diagnostic> errors)
    {
        if (errors.Count == 0) return "";
        var html = new StringBuilder();
        html.Append("<div data-staticplans-errors role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;")
            .Append("z-index:2147483647;background:#fff4f4;color:#5a0000;border-top:4px solid #c00;padding:1em 1.5em;")
            .Append("font:14px/1.6 ui-monospace,monospace;box-shadow:0 -4px 16px rgba(0,0,0,.25)\">\n")
            .Append("<p style=\"margin:0 0 .5em;font:bold 16px/1.4 sans-serif\">内容有错误，这里显示的是上一次成功构建的站点。改正后页面会自动刷新。</p>\n<ul style=\"margin:0;padding-left:1.2em\">\n");
        foreach (var error in errors.Take(50))
            html.Append("<li>").Append(Html.Escape(error.ToString())).Append("</li>\n");
        if (errors.Count > 50) html.Append("<li>… ").Append(errors.Count - 50).Append(" more</li>\n");
        html.Append("</ul>\n</div>\n");
        return html.ToString();
    }
}
