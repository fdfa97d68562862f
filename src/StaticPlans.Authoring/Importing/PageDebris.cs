using System.Text.RegularExpressions;

namespace StaticPlans.Authoring.Importing;

/// <summary>Lines that are left over from page layout (page numbers, "第3页 共6页") rather than content.</summary>
public static partial class PageDebris
{
    [GeneratedRegex(@"^(?:第\s*\d*\s*页\s*[,，/／]?\s*(?:共\s*\d*\s*页)?|共\s*\d*\s*页|[-—–－~]+\s*\d+\s*[-—–－~]+|\d{1,4}|\d+\s*[/／]\s*\d+|[Pp]age\s*\d+(?:\s*of\s*\d+)?|\d{1,4}\s*[、.．])$")]
    private static partial Regex PageLine();

    /// <summary>A page marker that a copy put inside a line: "第2页 共6页" or " - 2 - ". Both never occur in prose.</summary>
    [GeneratedRegex(@"\s*第\s*\d+\s*页\s*[,，/／]?\s*共\s*\d+\s*页\s*|[ \u3000]+[-—–－]\s*\d{1,3}\s*[-—–－][ \u3000]+")]
    private static partial Regex InlineMarker();

    public static bool IsDebris(string line) => PageLine().IsMatch(ImportText.TrimAll(line));

    /// <summary>Takes page markers out of the middle of a line, joining what stood on either side.</summary>
    public static string StripInline(string line)
    {
        var match = InlineMarker().Match(line);
        if (!match.Success) return line;
        return StripInline(ImportText.Join(line[..match.Index], line[(match.Index + match.Length)..]));
    }
}
