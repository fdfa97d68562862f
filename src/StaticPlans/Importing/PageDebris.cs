using System.Text.RegularExpressions;

namespace StaticPlans.Importing;

/// <summary>Lines that are left over from page layout (page numbers, "第3页 共6页") rather than content.</summary>
public static partial class PageDebris
{
    [GeneratedRegex(@"^(?:第\s*\d*\s*页\s*[,，/／]?\s*(?:共\s*\d*\s*页)?|共\s*\d*\s*页|[-—–－~]+\s*\d+\s*[-—–－~]+|\d{1,4}|\d+\s*[/／]\s*\d+|[Pp]age\s*\d+(?:\s*of\s*\d+)?|\d{1,4}\s*[、.．])$")]
    private static partial Regex PageLine();

    public static bool IsDebris(string line) => PageLine().IsMatch(ImportText.TrimAll(line));
}
