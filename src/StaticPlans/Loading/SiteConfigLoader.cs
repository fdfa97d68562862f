using StaticPlans.Diagnostics;
using StaticPlans.Model;
using YamlDotNet.RepresentationModel;

namespace StaticPlans.Loading;

/// <summary>Reads and validates site.yml.</summary>
public static class SiteConfigLoader
{
    public const string FileName = "site.yml";

    public static SiteConfig? Load(string siteRoot, ICollection<Diagnostic> diagnostics, string? baseUrlOverride = null)
    {
        var path = Path.Combine(siteRoot, FileName);
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Error(FileName, 0, 0, DiagnosticCodes.SiteConfigMissing,
                $"no {FileName} in '{Path.GetFullPath(siteRoot)}': is --source the site folder? ('staticplans new site DIR' creates one)"));
            return null;
        }
        var text = TextDecoding.Decode(File.ReadAllBytes(path), FileName, diagnostics);
        if (text is null) return null;
        var map = YamlDocument.ParseMapping(text, FileName, 0, DiagnosticCodes.SiteConfigSyntax, diagnostics);
        return map is null ? null : Build(siteRoot, map, diagnostics, baseUrlOverride);
    }

    private static SiteConfig? Build(string siteRoot, YamlMappingNode map, ICollection<Diagnostic> diagnostics, string? baseUrlOverride)
    {
        var before = diagnostics.Count(d => d.Severity == Severity.Error);
        string Text(string key, string fallback) => YamlDocument.Scalar(Get(map, key)) is { Length: > 0 } v ? v : fallback;

        var title = Text("title", "");
        if (title.Length == 0) Error(diagnostics, map, "title", "site.yml needs a 'title'");
        var baseUrlText = baseUrlOverride ?? Text("base_url", "/");
        var baseUrl = ParseBaseUrl(baseUrlText);
        if (baseUrl is null) Error(diagnostics, map, "base_url", $"base_url '{baseUrlText}' is not an absolute http(s) URL or a path starting with '/'");

        var kinds = new List<KeyValuePair<string, string>>();
        if (Get(map, "kinds") is YamlMappingNode kindMap)
        {
            foreach (var (key, _, value) in YamlDocument.Entries(kindMap))
                kinds.Add(new(key, YamlDocument.Scalar(value) ?? key));
        }
        if (kinds.Count == 0) Error(diagnostics, map, "kinds", "site.yml needs 'kinds', e.g. { plan: 工作计划, summary: 工作总结 }");

        var topics = ReadTopics(Get(map, "topics"), diagnostics);
        var footer = FooterLoader.Read(siteRoot, Get(map, FooterLoader.Key), diagnostics);
        var pageSize = SiteConfig.DefaultPageSize;
        if (YamlDocument.Scalar(Get(map, "page_size")) is { } sizeText && (!int.TryParse(sizeText, out pageSize) || pageSize < 1))
            Error(diagnostics, map, "page_size", $"page_size must be a whole number of at least 1, not '{sizeText}'");
        var after = diagnostics.Count(d => d.Severity == Severity.Error);
        if (after > before || baseUrl is null) return null;
        return new SiteConfig(title, baseUrl, Text("language", "zh-CN"), Text("bureau", title), Text("theme", "default"), kinds, topics, pageSize)
        {
            Footer = footer,
        };
    }

    private static List<TopicDefinition> ReadTopics(YamlNode? node, ICollection<Diagnostic> diagnostics)
    {
        var topics = new List<TopicDefinition>();
        if (node is not YamlSequenceNode seq) return topics;
        foreach (var item in seq.Children.OfType<YamlMappingNode>())
        {
            var slug = YamlDocument.Scalar(Get(item, "slug")) ?? "";
            var name = YamlDocument.Scalar(Get(item, "name")) ?? slug;
            var keywords = Get(item, "keywords") is YamlSequenceNode ks
                ? ks.Children.Select(YamlDocument.Scalar).OfType<string>().Where(k => k.Length > 0).ToList()
                : [];
            if (!SlugRules.IsSafe(slug))
            {
                var (line, col) = YamlDocument.Position(item, 0);
                diagnostics.Add(Diagnostic.Error(FileName, line, col, DiagnosticCodes.SiteConfigInvalid,
                    $"topic slug '{slug}' must be lower-case ASCII letters, digits and '-'"));
                continue;
            }
            if (keywords.Count == 0) keywords.Add(name);
            topics.Add(new TopicDefinition(slug, name, keywords));
        }
        return topics;
    }

    internal static Uri? ParseBaseUrl(string text)
    {
        if (!text.EndsWith('/')) text += "/";
        if (text.StartsWith('/')) text = "http://localhost" + text;
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https") ? uri : null;
    }

    private static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    private static void Error(ICollection<Diagnostic> diagnostics, YamlMappingNode map, string key, string message)
    {
        var node = Get(map, key) ?? map;
        var (line, col) = YamlDocument.Position(node, 0);
        diagnostics.Add(Diagnostic.Error(FileName, Math.Max(line, 1), col, DiagnosticCodes.SiteConfigInvalid, message));
    }
}
