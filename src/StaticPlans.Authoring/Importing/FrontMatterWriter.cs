using System.Globalization;
using System.Text;
using StaticPlans.Loading;
using Key = StaticPlans.Loading.PlanFormat.Keys;

namespace StaticPlans.Authoring.Importing;

/// <summary>
/// Writes the YAML front matter of an imported plan in the plan format the loader checks. A required value the
/// import could not find is written as the quoted placeholder, which `check` reports until an editor replaces it; a
/// missing optional value is left as a commented line to fill in or delete.
/// </summary>
public static class FrontMatterWriter
{
    public static string Write(ImportMetadata metadata)
    {
        var placeholder = PlanFormat.Quote(PlanFormat.Placeholder);
        var yaml = new StringBuilder("---\n");
        yaml.Append(Key.Title).Append(": ").Append(PlanFormat.Quote(metadata.Title ?? PlanFormat.Placeholder)).Append('\n');
        yaml.Append(Key.Year).Append(": ").Append(metadata.Year?.ToString(CultureInfo.InvariantCulture) ?? placeholder).Append('\n');
        yaml.Append(Key.Kind).Append(": ").Append(metadata.Kind ?? placeholder).Append('\n');
        yaml.Append(Key.Date).Append(": ").Append(metadata.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? placeholder).Append('\n');
        Optional(yaml, Key.Bureau, metadata.Bureau);
        Optional(yaml, Key.DocNo, metadata.DocNo);
        return yaml.Append("---\n").ToString();
    }

    private static void Optional(StringBuilder yaml, string key, string? value)
    {
        if (value is null) yaml.Append("# ").Append(key).Append(": ").Append(PlanFormat.Quote(PlanFormat.Placeholder)).Append('\n');
        else yaml.Append(key).Append(": ").Append(PlanFormat.Quote(value)).Append('\n');
    }
}
