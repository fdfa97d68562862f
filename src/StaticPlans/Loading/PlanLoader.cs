using System.Globalization;
using StaticPlans.Diagnostics;
using StaticPlans.Model;
using YamlDotNet.RepresentationModel;
using Key = StaticPlans.Loading.PlanFormat.Keys;

namespace StaticPlans.Loading;

/// <summary>Bytes → UTF-8 check → front matter → validated fields. Reports every problem it finds in the file.</summary>
public static class PlanLoader
{
    public static LoadedPlan? Load(byte[] bytes, string file, SiteConfig config, ICollection<Diagnostic> diagnostics)
    {
        var text = TextDecoding.Decode(bytes, file, diagnostics);
        if (text is null) return null;
        var split = FrontMatter.Split(text, file, diagnostics);
        if (split is null) return null;
        var map = YamlDocument.ParseMapping(split.Yaml, file, split.YamlLineOffset, DiagnosticCodes.FrontMatterSyntax, diagnostics);
        if (map is null) return null;
        var fields = new FieldReader(map, file, split.YamlLineOffset, config, diagnostics).Read();
        ReportBodyPlaceholder(split.Body, split.BodyLineOffset, file, diagnostics);
        if (fields is null) return null;
        var slugAt = map.Children.TryGetValue(new YamlScalarNode(Key.Slug), out var slugNode) ? YamlDocument.Position(slugNode, split.YamlLineOffset) : (1, 1);
        return new LoadedPlan(file, fields, split.Body, split.BodyLineOffset, slugAt);
    }

    /// <summary>'new plan' leaves a line for the text; like import's placeholders, it must not be published.</summary>
    private static void ReportBodyPlaceholder(string body, int lineOffset, string file, ICollection<Diagnostic> diagnostics)
    {
        var at = body.IndexOf(PlanFormat.BodyPlaceholder, StringComparison.Ordinal);
        if (at < 0) return;
        var line = lineOffset + 1 + body.AsSpan(0, at).Count('\n');
        var lineStart = at == 0 ? 0 : body.LastIndexOf('\n', at - 1) + 1;
        var column = at - lineStart + 1;
        diagnostics.Add(Diagnostic.Error(file, line, column, DiagnosticCodes.ImportPlaceholder,
            Messages.Text("SP0130.body", ("placeholder", PlanFormat.BodyPlaceholder))));
    }

    private sealed class FieldReader(YamlMappingNode map, string file, int lineOffset, SiteConfig config, ICollection<Diagnostic> diagnostics)
    {
        private bool _failed;

        public PlanFields? Read()
        {
            WarnUnknownKeys();
            var title = RequiredText(Key.Title);
            var year = ReadYear();
            var kind = ReadKind();
            var date = ReadDate();
            var topics = ReadTopics();
            var slug = ReadSlug();
            var draft = ReadDraft();
            var updated = ReadUpdated(date);
            var fields = new PlanFields(title ?? "", year, kind ?? "", date, OptionalText(Key.Bureau), OptionalText(Key.DocNo),
                OptionalText(Key.IndexNo), topics, OptionalText(Key.Summary), slug ?? "", draft, updated, ReadAttachments(), ReadLanguage());
            // Checked whenever both parsed, so an editor fixing another error in the file sees this one too.
            if (year != 0 && date != default && date.Year != year && !SummaryOfLastYear(kind, year, date) && Node(Key.Date) is { } dateNode)
                Report(dateNode, DiagnosticCodes.DateYearMismatch,
                    Messages.Text("SP0114", ("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("date_year", date.Year), ("year", year)), warning: true);
            WarnFolderYear(year);
            return _failed ? null : fields;
        }

        /// <summary>content/plans/2023/x.md with year: 2024 is published under 2024, which the editor may not expect.</summary>
        private void WarnFolderYear(int year)
        {
            var parts = file.Split('/');
            if (year == 0 || parts.Length < 4 || parts[0] != "content" || parts[1] != "plans") return;
            var folder = parts[2];
            if (folder.Length != 4 || !folder.All(char.IsAsciiDigit) || folder == year.ToString(CultureInfo.InvariantCulture)) return;
            Report(Node(Key.Year)!, DiagnosticCodes.FolderYearMismatch,
                Messages.Text("SP0116", ("folder", folder), ("year", year)),
                warning: true);
        }

        /// <summary>An annual summary is commonly signed in January–March of the next year: that date is no typo.</summary>
        private static bool SummaryOfLastYear(string? kind, int year, DateOnly date) =>
            kind == "summary" && date.Year == year + 1 && date.Month <= 3;

        private void WarnUnknownKeys()
        {
            foreach (var (key, keyNode, _) in YamlDocument.Entries(map))
            {
                if (PlanFormat.KnownKeys.Contains(key)) continue;
                Report(keyNode, DiagnosticCodes.UnknownKey,
                    Suggestions.UnknownKey("SP0113", key, PlanFormat.KnownKeys),
                    warning: true);
            }
        }

        private string? RequiredText(string key)
        {
            var node = Node(key);
            if (node is null)
            {
                Missing(key);
                return null;
            }
            var value = Scalar(node, key);
            if (value is { Length: 0 })
            {
                Report(node, DiagnosticCodes.RequiredFieldMissing, Messages.Text("SP0104.empty", ("key", key)));
                return null;
            }
            return value;
        }

        private string? OptionalText(string key) => Node(key) is { } node ? Scalar(node, key) is { Length: > 0 } v ? v : null : null;

        private int ReadYear()
        {
            var text = RequiredText(Key.Year);
            if (text is null) return 0;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && PlanFormat.IsYear(year))
                return year;
            Report(Node(Key.Year)!, DiagnosticCodes.YearInvalid, int.TryParse(text, out _)
                ? Messages.Text("SP0105.range", ("value", text), ("first", PlanFormat.FirstYear), ("last", PlanFormat.LastYear))
                : Messages.Text("SP0105.not_arabic", ("value", text)));
            return 0;
        }

        private string? ReadKind()
        {
            var kind = RequiredText(Key.Kind);
            if (kind is null || PlanFormat.KindProblem(kind, config) is not { } problem) return kind;
            Report(Node(Key.Kind)!, DiagnosticCodes.KindUnknown, problem);
            return null;
        }

        private DateOnly ReadDate()
        {
            var text = RequiredText(Key.Date);
            if (text is null) return default;
            if (IsoDate(text) is { } iso) return iso;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            Report(Node(Key.Date)!, DiagnosticCodes.DateInvalid, Messages.Text("SP0106", ("value", text)));
            return default;
        }

        /// <summary>The common case without the culture-aware parser (a measurable share of loading 10,000 plans).</summary>
        private static DateOnly? IsoDate(string text)
        {
            if (text.Length != 10 || text[4] != '-' || text[7] != '-') return null;
            if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
                || !int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
                return null;
            if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
            return new DateOnly(year, month, day);
        }

        /// <summary>A list key's items: a YAML list, or one plain value standing for a list of one.</summary>
        private static IEnumerable<YamlNode> ListItems(YamlNode node) => node switch
        {
            YamlSequenceNode seq => seq.Children,
            YamlScalarNode { Value: { Length: > 0 } } => [node],
            _ => [],
        };

        private List<string> ReadTopics()
        {
            var result = new List<string>();
            var node = Node(Key.Topics);
            if (node is null) return result;
            var items = ListItems(node);
            foreach (var item in items)
            {
                var slug = Scalar(item, Key.Topics);
                if (slug is null) continue;
                if (config.FindTopic(slug) is not null) { if (!result.Contains(slug)) result.Add(slug); continue; }
                var byName = config.Topics.FirstOrDefault(t => t.Name == slug)?.Slug;
                var suggestion = byName ?? Suggestions.Closest(slug, config.Topics.Select(t => t.Slug));
                Report(item, DiagnosticCodes.TopicUnknown, Messages.Text("SP0108", ("slug", slug), ("suggestion", Suggestions.DidYouMean(suggestion))));
            }
            return result;
        }

        private string? ReadSlug()
        {
            var explicitSlug = OptionalText(Key.Slug);
            var slug = explicitSlug ?? Path.GetFileNameWithoutExtension(file);
            var problem = PlanFormat.SlugProblem(slug);
            if (problem is null) return slug;
            var (line, col) = Node(Key.Slug) is { } n ? YamlDocument.Position(n, lineOffset) : (1, 1);
            var example = $"{Path.GetFileName(Path.GetDirectoryName(file))}-plan";
            diagnostics.Add(Diagnostic.Error(file, line, col, DiagnosticCodes.SlugUnsafe, explicitSlug is null
                ? Messages.Text("SP0110.file_name", ("slug", slug), ("problem", problem), ("example", example))
                : Messages.Text("SP0110.slug", ("slug", slug), ("problem", problem))));
            _failed = true;
            return null;
        }

        /// <summary>修订日期: optional, an ISO date not before the 成文日期.</summary>
        private DateOnly? ReadUpdated(DateOnly date)
        {
            if (OptionalText(Key.Updated) is not { } text) return null;
            var node = Node(Key.Updated)!;
            if (IsoDate(text) is not { } updated)
            {
                Report(node, DiagnosticCodes.UpdatedInvalid, Messages.Text("SP0162", ("value", text)));
                return null;
            }
            if (date != default && updated < date)
                Report(node, DiagnosticCodes.UpdatedBeforeDate, Messages.Text("SP0163", ("updated", updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))), warning: true);
            return updated;
        }

        /// <summary>Files beside the plan (the signed PDF, the OFD original): names relative to the plan's folder.</summary>
        private List<PlanAttachmentRef> ReadAttachments()
        {
            var result = new List<PlanAttachmentRef>();
            var node = Node(Key.Attachments);
            if (node is null) return result;
            var items = ListItems(node);
            foreach (var item in items)
            {
                if (Scalar(item, Key.Attachments) is not { Length: > 0 } path) continue;
                var (line, col) = YamlDocument.Position(item, lineOffset);
                result.Add(new PlanAttachmentRef(path, line, col));
            }
            return result;
        }

        /// <summary>'language:' overrides the detected one (zh-Hant for traditional characters): a BCP 47 tag.</summary>
        private string? ReadLanguage()
        {
            if (OptionalText(Key.Language) is not { } text) return null;
            if (System.Text.RegularExpressions.Regex.IsMatch(text, "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")) return text;
            Report(Node(Key.Language)!, DiagnosticCodes.LanguageInvalid, Messages.Text("SP0164", ("value", text)));
            return null;
        }

        private bool ReadDraft()
        {
            var node = Node(Key.Draft);
            if (node is null) return false;
            var text = Scalar(node, Key.Draft);
            if (text is "true" or "yes") return true;
            if (text is "false" or "no" or null) return false;
            Report(node, DiagnosticCodes.FieldType, Messages.Text("SP0112.draft", ("value", text)));
            return false;
        }

        private string? Scalar(YamlNode node, string key)
        {
            if (node is YamlScalarNode scalar)
            {
                var value = (scalar.Value ?? "").Trim();
                // Raw control characters became spaces when the file was decoded; these came from YAML escapes ("\x01").
                if (Text.ControlCharacters.IndexOf(value) is var at and >= 0)
                {
                    Report(node, DiagnosticCodes.ControlCharacter,
                        Messages.Text("SP0213.field", ("key", key), ("name", Text.ControlCharacters.Name(value[at]))),
                        warning: true);
                    value = Text.ControlCharacters.Remove(value).Trim();
                }
                if (PlanFormat.IsPlaceholder(value))
                {
                    Report(node, DiagnosticCodes.ImportPlaceholder, Messages.Text("SP0130.field", ("key", key)));
                    return null;
                }
                return value;
            }
            Report(node, DiagnosticCodes.FieldType, Messages.Text("SP0112.single_value", ("key", key)));
            return null;
        }

        private YamlNode? Node(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

        private void Missing(string key)
        {
            diagnostics.Add(Diagnostic.Error(file, 1, 1, DiagnosticCodes.RequiredFieldMissing,
                Messages.Text("SP0104.missing", ("key", key))));
            _failed = true;
        }

        private void Report(YamlNode node, string code, string message, bool warning = false)
        {
            var (line, col) = YamlDocument.Position(node, lineOffset);
            diagnostics.Add(warning ? Diagnostic.Warning(file, line, col, code, message) : Diagnostic.Error(file, line, col, code, message));
            if (!warning) _failed = true;
        }
    }
}
