using System.Globalization;
using System.Text;
using StaticPlans.Building;
using StaticPlans.Diagnostics;
using StaticPlans.Loading;

namespace StaticPlans.Authoring.Scaffolding;

/// <summary>'staticplans new plan': a plan file with valid front matter in content/plans/&lt;year&gt;/, never overwriting one.</summary>
public static class PlanScaffold
{
    public static string RelativePath(int year, string slug) => $"content/plans/{year}/{slug}.md";

    /// <returns>The site-relative path written, or the reason nothing was written.</returns>
    public static (string? Path, string? Error) Create(string siteRoot, int year, string kind, string title, string? slug, DateOnly? date)
    {
        var configDiagnostics = new List<Diagnostic>();
        var config = SiteConfigLoader.Load(siteRoot, configDiagnostics);
        if (config is null) return (null, string.Join("\n", configDiagnostics));
        if (year is < 1949 or > 2100) return (null, Messages.Text("cli.new.plan.year", ("year", year)));
        if (!config.Kinds.Any(k => k.Key == kind))
        {
            var byName = config.Kinds.FirstOrDefault(k => k.Value == kind).Key;
            var suggestion = byName ?? Suggestions.Closest(kind, config.Kinds.Select(k => k.Key));
            return (null, Messages.Text("SP0107", ("kind", kind), ("suggestion", Suggestions.DidYouMean(suggestion)), ("known", string.Join(Messages.Text("list_separator"), config.Kinds.Select(k => k.Key)))));
        }
        if (string.IsNullOrWhiteSpace(title)) return (null, Messages.Text("cli.new.plan.title"));
        slug ??= $"{year}-{kind}";
        if (!SlugRules.IsSafe(slug))
            return (null, Messages.Text("cli.new.plan.slug", ("slug", slug), ("example", $"{year}-{kind}")));
        var relative = RelativePath(year, slug);
        var full = Path.Combine(siteRoot, relative);
        if (File.Exists(full)) return (null, Messages.Text("cli.new.plan.exists", ("path", relative)));
        var clash = ContentSource.PlanFiles(siteRoot).FirstOrDefault(f => f.StartsWith($"content/plans/{year}/", StringComparison.Ordinal)
            && Path.GetFileNameWithoutExtension(f) == slug);
        if (clash is not null) return (null, Messages.Text("cli.new.plan.clash", ("path", clash)));

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var text = new StringBuilder()
            .Append("---\n")
            .Append("title: ").Append(Quote(title.Trim())).Append('\n')
            .Append("year: ").Append(year).Append('\n')
            .Append("kind: ").Append(kind).Append('\n')
            // No guessed date: today's would be published as the 成文日期 unnoticed. A placeholder is reported by check.
            .Append("date: ").Append(date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Quote($"<<待填写：成文日期，如 {year}-03-01>>")).Append('\n')
            .Append("slug: ").Append(slug).Append('\n')
            .Append("# doc_no: 〔").Append(year).Append("〕号\n")
            .Append("# topics: [safety]\n")
            .Append("---\n\n")
            .Append("## 一、总体要求\n\n").Append(PlanLoader.BodyPlaceholder).Append('\n')
            .ToString();
        // CreateNew: if another process made the file since the check above, fail rather than overwrite.
        using (var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write))
            stream.Write(new UTF8Encoding(false).GetBytes(text));
        return (relative, null);
    }

    /// <summary>A YAML double-quoted scalar: safe for titles with ':', '#', quotes or leading symbols.</summary>
    internal static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
