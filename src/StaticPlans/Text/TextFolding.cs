using System.Text;

namespace StaticPlans.Text;

/// <summary>
/// Folds text so that equivalent spellings compare equal: compatibility forms are normalised (NFKC:
/// full-width Ａ１ becomes A1), letters are lower-cased and traditional Chinese characters become
/// simplified (the generated <see cref="FoldTable"/>). Search indexing, search queries and topic tagging
/// all fold through here, so they agree.
/// </summary>
public static class TextFolding
{
    // NFKC of every BMP char on its own, from one ICU call (see SingleCharForms).
    private static readonly string?[] Forms = SingleCharForms();

    // One entry per BMP code unit: the folded char, precomputed once, so the hot loop is a single array
    // read per char (this runs over every byte of content on each build).
    private static readonly char[] Map = BuildMap();

    // Chars whose NFKC form is not one char (… → "...", ① → "1") or that compose with a neighbour (combining
    // marks). Only text holding one of them pays for ICU's whole-string normalisation; the rest is the array read.
    private static readonly bool[] NeedsFullNormalization = BuildNeedsFull();

    /// <summary>Folds one UTF-16 code unit. Length-preserving: NFKC is applied only where it gives one char.</summary>
    public static char FoldChar(char c) => Map[c];

    /// <summary>
    /// Folds <paramref name="text"/> into <paramref name="destination"/> (as long) as <see cref="Fold"/> would, without
    /// making a string; false, with <paramref name="destination"/> undefined, when the text needs whole-string
    /// normalisation (then call <see cref="Fold"/>). Folding is per char otherwise, so parts folded apart fold alike.
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var map = Map;
        var needs = NeedsFullNormalization;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (needs[c]) return false;
            destination[i] = map[c];
        }
        return true;
    }

    /// <summary>The length of <see cref="Fold"/>'s result; made only for text that needs whole-string normalisation.</summary>
    public static int FoldedLength(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (NeedsFullNormalization[c]) return Fold(text).Length;
        }

        return text.Length;
    }

    /// <summary>Folds a whole string: NFKC (only when the text is not already normalised), then per char.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (!NeedsFullNormalization[c]) continue;
            text = NormalizeCompatibility(text);
            break;
        }

        var map = Map;
        var first = 0;
        while (first < text.Length && map[text[first]] == text[first])
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            var (source, start) = state;
            source.AsSpan(0, start).CopyTo(span);
            for (var i = start; i < source.Length; i++)
            {
                span[i] = Map[source[i]];
            }
        });
    }

    // ICU refuses ill-formed text (lone surrogates, noncharacters such as U+FFFF); such text is left as it is
    // rather than failing a build over one stray code unit.
    private static string NormalizeCompatibility(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>
    /// The NFKC form of each char from U+0080 on, alone, as <see cref="NormalizeCompatibility"/> gives it; null where
    /// that is the char itself (or it is a surrogate). All chars go to ICU in one string, each followed by a line
    /// feed: a starter that composes with nothing, so no char's form reaches into the next. One call per char, twice
    /// over, made the tables in about 47 ms, this in about 20 ms (JIT-compiled, medians of 5); in the ReadyToRun tool
    /// the difference was lost in the noise of the sample site's 0.3 s build.
    /// </summary>
    internal static string?[] SingleCharForms()
    {
        var forms = new string?[char.MaxValue + 1];
        var chars = new List<char>(char.MaxValue + 1);
        var batch = new StringBuilder((char.MaxValue + 1) * 2);
        for (var i = 0x80; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            // ICU refuses a whole string for one surrogate or noncharacter: those are asked alone.
            if (char.IsSurrogate(c)) continue;
            if (IsNoncharacter(c))
            {
                forms[i] = FormAlone(c);
                continue;
            }

            chars.Add(c);
            batch.Append(c).Append('\n');
        }

        string normalized;
        try
        {
            normalized = batch.ToString().Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return SingleCharFormsOneByOne();
        }

        var rest = normalized.AsSpan();
        foreach (var c in chars)
        {
            var end = rest.IndexOf('\n');
            if (end < 0) return SingleCharFormsOneByOne();
            var form = rest[..end];
            if (form.Length != 1 || form[0] != c) forms[c] = form.ToString();
            rest = rest[(end + 1)..];
        }

        return rest.IsEmpty ? forms : SingleCharFormsOneByOne();
    }

    /// <summary>What <see cref="SingleCharForms"/> gives, one ICU call per char: its fallback, and its tests' oracle.</summary>
    internal static string?[] SingleCharFormsOneByOne()
    {
        var forms = new string?[char.MaxValue + 1];
        for (var i = 0x80; i <= char.MaxValue; i++)
        {
            if (!char.IsSurrogate((char)i)) forms[i] = FormAlone((char)i);
        }

        return forms;
    }

    private static string? FormAlone(char c) => NormalizeCompatibility(c.ToString()) is var form && form.Length == 1 && form[0] == c ? null : form;

    private static bool IsNoncharacter(char c) => c is (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF';

    private static bool[] BuildNeedsFull()
    {
        var needs = new bool[char.MaxValue + 1];
        for (var i = 0x80; i < needs.Length; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                needs[i] = true;
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            needs[i] = category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
                or System.Globalization.UnicodeCategory.EnclosingMark
                || Forms[i] is { Length: not 1 }
                || c is (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F'); // Hangul jamo compose into syllables
        }

        return needs;
    }

    private static char[] BuildMap()
    {
        var traditionalToSimplified = new char[char.MaxValue + 1];
        for (var i = 0; i < traditionalToSimplified.Length; i++)
        {
            traditionalToSimplified[i] = (char)i;
        }

        for (var i = 0; i < FoldTable.Count; i++)
        {
            traditionalToSimplified[FoldTable.Traditional[i]] = FoldTable.Simplified[i];
        }

        var map = new char[char.MaxValue + 1];
        for (var i = 0; i < map.Length; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                map[i] = c;
                continue;
            }

            var normalized = c;
            if (c >= 0x80)
            {
                var form = Forms[i];
                normalized = form is null ? c : form.Length == 1 ? form[0] : c;
            }

            // Compatibility ideographs normalise onto unified ones that may be traditional: fold after NFKC.
            map[i] = traditionalToSimplified[char.ToLowerInvariant(normalized)];
        }

        return map;
    }
}
