using System.Globalization;
using System.Text;

namespace StaticPlans.Authoring.Importing;

/// <summary>
/// Writes the YAML front matter of an imported plan. A required value the import could not find is written as the
/// quoted placeholder, which `check` reports until an editor replaces it; a missing optional value is left as a
/// commented line to fill in or delete.
/// </summary>
public static class FrontMatterWriter
{
    public const string Placeholder = "<<待填写>>";

    public static string Write(ImportMetadata metadata)
    {
        var yaml = new StringBuilder("---\n");
        yaml.Append("title: ").Append(Quote(metadata.Title ?? Placeholder)).Append('\n');
        yaml.Append("year: ").Append(metadata.Year?.ToString(CultureInfo.InvariantCulture) ?? Quote(Placeholder)).Append('\n');
        yaml.Append("kind: ").Append(metadata.Kind ?? Quote(Placeholder)).Append('\n');
        yaml.Append("date: ").Append(metadata.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Quote(Placeholder)).Append('\n');
        Optional(yaml, "bureau", metadata.Bureau);
        Optional(yaml, "doc_no", metadata.DocNo);
        return yaml.Append("---\n").ToString();
    }

    private static void Optional(StringBuilder yaml, string key, string? value)
    {
        if (value is null) yaml.Append("# ").Append(key).Append(": ").Append(Quote(Placeholder)).Append('\n');
        else yaml.Append(key).Append(": ").Append(Quote(value)).Append('\n');
    }

    /// <summary>Double-quoted YAML scalar: safe for any text, including ':' '#' and leading brackets.</summary>
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
