using System.Globalization;
using System.Text;
using StaticPlans.Building;
using StaticPlans.Diagnostics;
using StaticPlans.Loading;
using Key = StaticPlans.Loading.PlanFormat.Keys;

namespace StaticPlans.Authoring.Scaffolding;

/// <summary>
/// 'staticplans new plan': a plan file in content/plans/&lt;year&gt;/ whose front matter is in the plan format the loader
/// checks (only its placeholders left to fill in), never overwriting one.
/// </summary>
public static class PlanScaffold
{
    /// <returns>The site-relative path written, or the reason nothing was written.</returns>
    public static (string? Path, string? Error) Create(string siteRoot, int year, string kind, string title, string? slug, DateOnly? date)
    {
        var configDiagnostics = new List<Diagnostic>();
        var config = SiteConfigLoader.Load(siteRoot, configDiagnostics);
        if (config is null) return (null, string.Join("\n", configDiagnostics));
        if (!PlanFormat.IsYear(year))
            return (null, Messages.Text("cli.new.plan.year", ("year", year), ("first", PlanFormat.FirstYear), ("last", PlanFormat.LastYear)));
        if (PlanFormat.KindProblem(kind, config) is { } kindProblem) return (null, kindProblem);
        if (string.IsNullOrWhiteSpace(title)) return (null, Messages.Text("cli.new.plan.title"));
        slug ??= $"{year}-{kind}";
        if (PlanFormat.SlugProblem(slug) is { } slugProblem)
            return (null, Messages.Text("cli.new.plan.slug", ("slug", slug), ("problem", slugProblem), ("example", $"{year}-{kind}")));
        var relative = PlanFormat.PlanPath(year, slug);
        var full = Path.Combine(siteRoot, relative);
        if (File.Exists(full)) return (null, Messages.Text("cli.new.plan.exists", ("path", relative)));
        var clash = ContentSource.PlanFiles(siteRoot).FirstOrDefault(f => f.StartsWith($"{SiteInputs.PlansFolder}/{year}/", StringComparison.Ordinal)
            && Path.GetFileNameWithoutExtension(f) == slug);
        if (clash is not null) return (null, Messages.Text("cli.new.plan.clash", ("path", clash)));

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var text = new StringBuilder()
            .Append("---\n")
            .Append(Key.Title).Append(": ").Append(PlanFormat.Quote(title.Trim())).Append('\n')
            .Append(Key.Year).Append(": ").Append(year).Append('\n')
            .Append(Key.Kind).Append(": ").Append(kind).Append('\n')
            // No guessed date: today's would be published as the 成文日期 unnoticed. A placeholder is reported by check.
            .Append(Key.Date).Append(": ").Append(date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : PlanFormat.Quote(PlanFormat.PlaceholderFor($"成文日期，如 {year}-03-01"))).Append('\n')
            .Append(Key.Slug).Append(": ").Append(slug).Append('\n')
            .Append("# ").Append(Key.DocNo).Append(": 〔").Append(year).Append("〕号\n")
            .Append("# ").Append(Key.Topics).Append(": [safety]\n")
            .Append("---\n\n")
            .Append("## 一、总体要求\n\n").Append(PlanFormat.BodyPlaceholder).Append('\n')
            .ToString();
        // CreateNew: if another process made the file since the check above, fail rather than overwrite.
        using (var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write))
            stream.Write(new UTF8Encoding(false).GetBytes(text));
        return (relative, null);
    }
}
