namespace StaticPlans.Authoring.Importing;

/// <summary>Character classes the importer needs for Chinese official documents.</summary>
public static class ImportText
{
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0' or '\r' or '\n' or '\f' or '\uFEFF';

    /// <summary>Latin letters and digits: the only neighbours between which a joined line break becomes a space.</summary>
    public static bool IsLatinOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>Punctuation that ends a sentence or clause, so a line ending in it does not continue mid-sentence.</summary>
    public static bool EndsSentence(char c) => "。！？；：…!?;:".Contains(c);

    /// <summary>Columns a character takes in a fixed-width view: CJK and full-width forms take two.</summary>
    public static int Width(char c) => c >= '\u2E80' && !(c >= '\uFF61' && c <= '\uFF9F') ? 2 : 1;

    public static int Width(string text)
    {
        var width = 0;
        foreach (var c in text) width += Width(c);
        return width;
    }

    /// <summary>Joins two pieces of one broken line: a space only between two Latin/digit characters.</summary>
    public static string Join(string left, string right)
    {
        if (left.Length == 0) return right;
        if (right.Length == 0) return left;
        return IsLatinOrDigit(left[^1]) && IsLatinOrDigit(right[0]) ? left + " " + right : left + right;
    }

    public static string TrimAll(string text) => text.Trim(' ', '\t', '\u3000', '\u00A0', '\r', '\n', '\f', '\uFEFF');
}
