namespace StaticPlans.Text;

/// <summary>
/// Characters no page or feed may carry: the C0 controls other than tab, line feed and carriage return (\v, \f, ESC,
/// U+0001…), DEL and the C1 controls, unpaired surrogates, and U+FFFE/U+FFFF. XML 1.0 cannot hold most of them (an
/// Atom feed with one is not XML at all), HTML calls them parse errors, and on a terminal ESC and the C1 controls
/// start escape sequences. Word's manual line break (\v) and page break (\f) are the usual way they get into text.
/// </summary>
public static class ControlCharacters
{
    /// <summary>Whether the character at <paramref name="index"/> is one of them (a surrogate is judged with its neighbour).</summary>
    public static bool IsUnsafeAt(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (c < ' ') return c is not ('\t' or '\n' or '\r');
        if (c < '\u007F') return false;
        if (c <= '\u009F') return true;
        if (c is '\uFFFE' or '\uFFFF') return true;
        if (char.IsHighSurrogate(c)) return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        if (char.IsLowSurrogate(c)) return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        return false;
    }

    /// <summary>Index of the first unsafe character at or after <paramref name="start"/>, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, int start = 0)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            // Fast path: everything between space and '~' and the CJK range is safe.
            if (c is >= ' ' and < '\u007F' or >= '\u00A0' and < '\uD800') continue;
            if (IsUnsafeAt(text, i)) return i;
        }
        return -1;
    }

    /// <summary><paramref name="text"/> without its unsafe characters (the same string when it has none).</summary>
    public static string Remove(string text) => Replace(text, null);

    /// <summary>Each unsafe character replaced by <paramref name="with"/>, or removed when it is null.</summary>
    public static string Replace(string text, char? with)
    {
        var first = IndexOf(text);
        if (first < 0) return text;
        var result = new System.Text.StringBuilder(text.Length);
        result.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (!IsUnsafeAt(text, i)) result.Append(text[i]);
            else if (with is { } c) result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>The character as a message shows it: U+000B.</summary>
    public static string Name(char c) => $"U+{(int)c:X4}";

    /// <summary>
    /// Text for a terminal: C0 and C1 controls (ESC included) and other unsafe characters become visible escapes
    /// (\e, \u0085…), so a file name or request path cannot move the cursor, recolour or retitle the terminal.
    /// A tab stays; line feeds stay only when <paramref name="keepNewlines"/>.
    /// </summary>
    public static string ForTerminal(string text, bool keepNewlines = false)
    {
        var needs = false;
        for (var i = 0; i < text.Length && !needs; i++)
            needs = text[i] == '\r' || text[i] == '\n' && !keepNewlines || IsUnsafeAt(text, i);
        if (!needs) return text;
        var result = new System.Text.StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && keepNewlines) result.Append(c);
            else if (c == '\u001B') result.Append("\\e");
            else if (c is '\n' or '\r' || IsUnsafeAt(text, i)) result.Append("\\u").Append(((int)c).ToString("X4"));
            else result.Append(c);
        }
        return result.ToString();
    }
}
