using System.Text;
using StaticPlans.Loading;

namespace StaticPlans.Authoring.Importing;

/// <summary>Chooses the file name (and so the URL segment) of an imported plan: one the build accepts as a slug.</summary>
public static class ImportSlug
{
    /// <summary>
    /// An ASCII file name wins, since the editor chose it, unless the build would refuse it as a slug (aux.docx:
    /// a device name on Windows); Chinese file names give way to year and kind.
    /// </summary>
    public static string Choose(string sourceFileName, int year, string? kind)
    {
        var stem = Path.GetFileNameWithoutExtension(sourceFileName);
        if (stem.All(char.IsAscii) && Sanitize(stem) is { Length: > 0 } fromName && fromName.Any(char.IsAsciiLetter)
            && PlanFormat.IsSlug(fromName))
            return fromName;
        return Sanitize($"{year}-{kind ?? "plan"}");
    }

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
