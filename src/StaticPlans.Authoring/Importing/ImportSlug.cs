using System.Text;

namespace StaticPlans.Authoring.Importing;

/// <summary>Chooses the file name (and so the URL segment) of an imported plan: safe ASCII only.</summary>
public static class ImportSlug
{
    /// <summary>An ASCII file name wins, since the editor chose it; Chinese file names give way to year and kind.</summary>
    public static string Choose(string sourceFileName, int year, string? kind)
    {
        var stem = Path.GetFileNameWithoutExtension(sourceFileName);
        if (stem.All(char.IsAscii) && Sanitize(stem) is { Length: > 0 } fromName && fromName.Any(char.IsAsciiLetter)) return fromName;
        return Sanitize($"{year}-{kind ?? "plan"}");
    }

    public static bool IsSafe(string slug) =>
        slug.Length is > 0 and <= 100 && slug.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
        && slug[0] != '-' && slug[0] != '_';

    private static string Sanitize(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_') builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-', '_');
        return slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }
}
