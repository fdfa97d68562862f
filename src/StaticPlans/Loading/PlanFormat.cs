using System.Globalization;
using System.Text;
using StaticPlans.Diagnostics;
using StaticPlans.Model;

namespace StaticPlans.Loading;

/// <summary>
/// The format of a plan file, in one place: its front-matter keys, the years it may be filed under, its kinds and
/// slug rule, how a value is quoted and the placeholders of what is still to fill in. <see cref="PlanLoader"/> checks
/// a plan against it; 'new plan' and 'import' write with it, so neither writes a key, year or slug the build rejects
/// (only placeholders, which the build reports until an editor fills them in).
/// </summary>
public static class PlanFormat
{
    /// <summary>The front-matter keys as written in a plan file.</summary>
    public static class Keys
    {
        public const string Title = "title";
        public const string Year = "year";
        public const string Kind = "kind";
        public const string Date = "date";
        public const string Bureau = "bureau";
        public const string DocNo = "doc_no";
        public const string IndexNo = "index_no";
        public const string Topics = "topics";
        public const string Summary = "summary";
        public const string Slug = "slug";
        public const string Draft = "draft";
        public const string Updated = "updated";
        public const string Attachments = "attachments";
        public const string Language = "language";
    }

    public static readonly IReadOnlyList<string> KnownKeys =
    [
        Keys.Title, Keys.Year, Keys.Kind, Keys.Date, Keys.Bureau, Keys.DocNo, Keys.IndexNo, Keys.Topics, Keys.Summary,
        Keys.Slug, Keys.Draft, Keys.Updated, Keys.Attachments, Keys.Language,
    ];

    /// <summary>The years a plan may be filed under; a year outside them is a typo (2204, 1024).</summary>
    public const int FirstYear = 1949;

    public const int LastYear = 2100;

    public static bool IsYear(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>
    /// Why <paramref name="slug"/> cannot name a plan (its page's URL segment and folder), or null when it can: the
    /// rule of every URL segment of the site.
    /// </summary>
    public static string? SlugProblem(string slug) => SlugRules.Problem(slug);

    public static bool IsSlug(string slug) => SlugProblem(slug) is null;

    /// <summary>Why <paramref name="kind"/> is not a key of the site's kinds (naming the closest), or null when it is.</summary>
    public static string? KindProblem(string kind, SiteConfig config)
    {
        if (config.Kinds.Any(k => k.Key == kind)) return null;
        var byName = config.Kinds.FirstOrDefault(k => k.Value == kind).Key;
        var suggestion = byName ?? Suggestions.Closest(kind, config.Kinds.Select(k => k.Key));
        var known = string.Join(Messages.Text("list_separator"), config.Kinds.Select(k => k.Key));
        return Messages.Text("SP0107", ("kind", kind), ("suggestion", Suggestions.DidYouMean(suggestion)), ("known", known));
    }

    /// <summary>The site-relative path of the plan file for <paramref name="year"/> and <paramref name="slug"/>.</summary>
    public static string PlanPath(int year, string slug) =>
        $"{SiteInputs.PlansFolder}/{year.ToString(CultureInfo.InvariantCulture)}/{slug}.md";

    private const string PlaceholderStart = "<<待填写";
    private const string PlaceholderEnd = ">>";

    /// <summary>What 'import' writes for a value it could not find; the loader reports it until an editor fills it in.</summary>
    public const string Placeholder = PlaceholderStart + PlaceholderEnd;

    /// <summary>A placeholder that says what to write, as 'new plan' leaves the 成文日期: "&lt;&lt;待填写：成文日期，如 2025-03-01&gt;&gt;".</summary>
    public static string PlaceholderFor(string hint) => $"{PlaceholderStart}：{hint}{PlaceholderEnd}";

    /// <summary>Any placeholder, with or without its hint (also one an editor began to overwrite).</summary>
    public static bool IsPlaceholder(string value) => value.StartsWith(PlaceholderStart, StringComparison.Ordinal);

    /// <summary>The body text 'new plan' writes, to be replaced by the plan's own; the loader reports it too.</summary>
    public const string BodyPlaceholder = "（在这里写正文。）";

    /// <summary>A double-quoted YAML scalar: safe for any text, including ':', '#', quotes and leading brackets.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }
}
