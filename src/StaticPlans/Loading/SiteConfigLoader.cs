using System.Globalization;
using StaticPlans.Diagnostics;
using StaticPlans.Model;
using YamlDotNet.RepresentationModel;

namespace StaticPlans.Loading;

/// <summary>Reads and validates site.yml: every problem at once, each at its line, as front matter is checked.</summary>
public static class SiteConfigLoader
{
    private const string FileName = SiteInputs.ConfigFile;

    public static readonly IReadOnlyList<string> KnownKeys = ["title", "base_url", "language", "bureau", "theme", "kinds", "topics", "page_size", FooterLoader.Key, OpenDataKey];

    public const string OpenDataKey = "open_data";
    private static readonly IReadOnlyList<string> OpenDataKeys = ["single_file"];

    public static readonly IReadOnlyList<string> TopicKeys = ["slug", "name", "keywords"];

    public static SiteConfig? Load(string siteRoot, ICollection<Diagnostic> diagnostics, string? baseUrlOverride = null)
    {
        var path = Path.Combine(siteRoot, FileName);
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Error(FileName, 0, 0, DiagnosticCodes.SiteConfigMissing,
                Messages.Text("SP0001", ("file", FileName), ("folder", Path.GetFullPath(siteRoot)))));
            return null;
        }
        var text = TextDecoding.Decode(File.ReadAllBytes(path), FileName, diagnostics);
        if (text is null) return null;
        var map = YamlDocument.ParseMapping(text, FileName, 0, DiagnosticCodes.SiteConfigSyntax, diagnostics);
        return map is null ? null : new Reader(siteRoot, map, diagnostics).Build(baseUrlOverride);
    }

    private sealed class Reader(string siteRoot, YamlMappingNode map, ICollection<Diagnostic> diagnostics)
    {
        private bool _failed;

        public SiteConfig? Build(string? baseUrlOverride)
        {
            WarnUnknownKeys(map, KnownKeys, "SP0005.site_key");
            var title = Text("title", "");
            if (title.Length == 0 && Get(map, "title") is null or YamlScalarNode) Error(Get(map, "title") ?? map, DiagnosticCodes.SiteConfigInvalid, Messages.Text("SP0003.title_missing"));
            var baseUrlText = baseUrlOverride ?? Text("base_url", "/");
            var baseUrl = ParseBaseUrl(baseUrlText);
            if (baseUrl is null)
                Error(Get(map, "base_url") ?? map, DiagnosticCodes.SiteConfigInvalid, Messages.Text("SP0003.base_url", ("value", baseUrlText)));
            var kinds = ReadKinds();
            var topics = ReadTopics();
            var pageSize = SiteConfig.DefaultPageSize;
            if (Get(map, "page_size") is { } sizeNode && Scalar(sizeNode, "page_size") is { } sizeText
                && (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1))
            {
                Error(sizeNode, DiagnosticCodes.SiteConfigInvalid, Messages.Text("SP0003.page_size", ("value", sizeText)));
            }

            var (language, bureau, theme) = (Text("language", "zh-CN"), Text("bureau", title), Text("theme", "default"));
            var footerErrors = diagnostics.Count(d => d.Severity == Severity.Error);
            var footer = FooterLoader.Read(siteRoot, Get(map, FooterLoader.Key), diagnostics);
            if (diagnostics.Count(d => d.Severity == Severity.Error) > footerErrors) _failed = true;
            var openData = ReadOpenData();
            if (_failed || baseUrl is null) return null;
            return new SiteConfig(title, baseUrl, language, bureau, theme, kinds, topics, pageSize)
            {
                Footer = footer,
                UrlKinds = kinds.Select(k => k.Key).Where(SlugRules.IsSafe).ToHashSet(StringComparer.Ordinal),
                OpenData = openData,
            };
        }

        private string Text(string key, string fallback) =>
            Get(map, key) is { } node && Scalar(node, key) is { Length: > 0 } value ? value : fallback;

        private List<KeyValuePair<string, string>> ReadKinds()
        {
            var kinds = new List<KeyValuePair<string, string>>();
            var node = Get(map, "kinds");
            if (node is YamlMappingNode kindMap)
            {
                foreach (var (key, value) in kindMap.Children)
                {
                    if (key is not YamlScalarNode { Value: { Length: > 0 } name })
                    {
                        Error(key, DiagnosticCodes.SiteConfigFieldType, Messages.Text("SP0004.kind_key"));
                        continue;
                    }
                    kinds.Add(new(name, Scalar(value, $"kinds.{name}") is { Length: > 0 } display ? display : name));
                }
            }
            else if (node is not null && !IsEmpty(node))
            {
                Error(node, DiagnosticCodes.SiteConfigFieldType, Messages.Text("SP0004.kinds"));
                return kinds;
            }
            if (kinds.Count == 0) Error(node ?? map, DiagnosticCodes.SiteConfigInvalid, Messages.Text("SP0003.kinds_missing"));
            return kinds;
        }

        private List<TopicDefinition> ReadTopics()
        {
            var topics = new List<TopicDefinition>();
            var node = Get(map, "topics");
            if (node is null || IsEmpty(node)) return topics;
            if (node is not YamlSequenceNode seq)
            {
                Error(node, DiagnosticCodes.SiteConfigFieldType, Messages.Text("SP0004.topics"));
                return topics;
            }
            // Case-insensitive: two slugs that differ only in case are one folder on Windows and macOS.
            var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in seq.Children)
            {
                if (item is not YamlMappingNode topic)
                {
                    Error(item, DiagnosticCodes.SiteConfigFieldType, Messages.Text("SP0004.topic"));
                    continue;
                }
                WarnUnknownKeys(topic, TopicKeys, "SP0005.topic_key");
                var slugNode = Get(topic, "slug");
                var slug = slugNode is null ? "" : Scalar(slugNode, "slug") ?? "";
                var name = Get(topic, "name") is { } nameNode ? Scalar(nameNode, "name") ?? slug : slug;
                var keywords = ReadKeywords(Get(topic, "keywords"));
                if (SlugRules.Problem(slug) is { } problem)
                {
                    Error(slugNode ?? topic, DiagnosticCodes.SiteConfigInvalid, slug.Length == 0
                        ? Messages.Text("SP0003.topic_slug_missing")
                        : Messages.Text("SP0003.topic_slug_unsafe", ("slug", slug), ("problem", problem)));
                    continue;
                }
                if (seen.TryGetValue(slug, out var first))
                {
                    Error(slugNode!, DiagnosticCodes.TopicDuplicate, first == slug
                        ? Messages.Text("SP0006.twice", ("slug", slug))
                        : Messages.Text("SP0006.case", ("slug", slug), ("other", first)));
                    continue;
                }
                seen[slug] = slug;
                if (keywords.Count == 0) keywords.Add(name);
                topics.Add(new TopicDefinition(slug, name, keywords));
            }
            return topics;
        }

        /// <summary>open_data: { single_file: true } also writes the files of every year (the paths of format 1).</summary>
        private OpenDataOptions ReadOpenData()
        {
            var node = Get(map, OpenDataKey);
            if (node is null || IsEmpty(node)) return OpenDataOptions.Default;
            if (node is not YamlMappingNode openData)
            {
                Error(node, DiagnosticCodes.SiteConfigFieldType, Messages.Text("SP0004.open_data"));
                return OpenDataOptions.Default;
            }
            WarnUnknownKeys(openData, OpenDataKeys, "SP0005.open_data_key");
            if (Get(openData, "single_file") is not { } singleNode || Scalar(singleNode, "open_data.single_file") is not { } single)
                return OpenDataOptions.Default;
            if (single is "true" or "false") return new OpenDataOptions(SingleFile: single == "true");
            Error(singleNode, DiagnosticCodes.SiteConfigInvalid, Messages.Text("SP0003.single_file", ("value", single)));
            return OpenDataOptions.Default;
        }

        private List<string> ReadKeywords(YamlNode? node)
        {
            if (node is null || IsEmpty(node)) return [];
            if (node is not YamlSequenceNode list)
            {
                Error(node, DiagnosticCodes.SiteConfigFieldType, Messages.Text("SP0004.keywords"));
                return [];
            }
            var keywords = new List<string>();
            foreach (var item in list.Children)
                if (Scalar(item, "keywords") is { Length: > 0 } keyword) keywords.Add(keyword);
            return keywords;
        }

        private void WarnUnknownKeys(YamlMappingNode mapping, IReadOnlyList<string> known, string what)
        {
            foreach (var (key, keyNode, _) in YamlDocument.Entries(mapping))
            {
                if (known.Contains(key)) continue;
                var (line, column) = YamlDocument.Position(keyNode, 0);
                diagnostics.Add(Diagnostic.Warning(FileName, line, column, DiagnosticCodes.SiteConfigUnknownKey,
                    Suggestions.UnknownKey(what, key, known)));
            }
        }

        private string? Scalar(YamlNode node, string key)
        {
            if (node is YamlScalarNode scalar) return (scalar.Value ?? "").Trim();
            Error(node, DiagnosticCodes.SiteConfigFieldType, Messages.Text("SP0004.single_value", ("key", key)));
            return null;
        }

        private static bool IsEmpty(YamlNode node) => node is YamlScalarNode { Value: null or "" };

        private void Error(YamlNode node, string code, string message)
        {
            var (line, column) = YamlDocument.Position(node, 0);
            diagnostics.Add(Diagnostic.Error(FileName, Math.Max(line, 1), Math.Max(column, 1), code, message));
            _failed = true;
        }
    }

    internal static Uri? ParseBaseUrl(string text)
    {
        if (!text.EndsWith('/')) text += "/";
        if (text.StartsWith('/')) text = "http://localhost" + text;
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https") ? uri : null;
    }

    private static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;
}
