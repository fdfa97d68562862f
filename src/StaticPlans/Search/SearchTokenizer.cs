namespace StaticPlans.Search;

/// <summary>
/// Splits folded text into search terms without a dictionary. Han text gives overlapping bigrams plus
/// unigrams (for one-character queries); runs of letters and digits give words; a number keeps its decimals
/// (98.75) and also yields a number-with-unit term joined to the char after it (98.75%, 3750万), so
/// amounts match as amounts. A document number <c>[2024]15</c> (brackets folded by <see cref="SearchFolding"/>)
/// is also one term, alone and with each of the last 1..4 Han chars before it (<c>云教[2024]15</c>): the agency
/// prefix of a 文号 cannot be told from the text before it, and a query makes the same terms from what it holds.
/// The input must already be folded (<see cref="SearchFolding"/>).
/// </summary>
public static class SearchTokenizer
{
    /// <summary>Receives the terms of a text; positions are char offsets into the text given.</summary>
    public interface ISink
    {
        void Han(char c, int position);

        void HanPair(char first, char second, int position);

        void Word(ReadOnlySpan<char> word, int position);
    }

    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '\u3007';

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || (c >= 0x80 && !IsHan(c) && char.IsLetterOrDigit(c));

    private static bool IsUnitChar(char c) => c == '%' || c == '‰' || IsHan(c);

    /// <summary>Han chars before a document number that also make terms with it.</summary>
    public const int DocumentPrefixChars = 4;

    public static void Tokenize(ReadOnlySpan<char> text, ISink sink)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsHan(c))
            {
                sink.Han(c, i);
                if (i + 1 < text.Length && IsHan(text[i + 1]))
                {
                    sink.HanPair(c, text[i + 1], i);
                }

                i++;
            }
            else if (IsWordChar(c))
            {
                var end = WordEnd(text, i);
                var word = text[i..end];
                sink.Word(word, i);
                if (end < text.Length && IsUnitChar(text[end]) && IsNumber(word))
                {
                    sink.Word(text[i..(end + 1)], i);
                }

                i = end;
            }
            else
            {
                if (c == '[')
                {
                    DocumentNumber(text, i, sink);
                }

                i++;
            }
        }
    }

    /// <summary>At a <c>[</c>: a 4-digit year, <c>]</c> and a number give <c>[year]number</c> and its prefixed forms.</summary>
    private static void DocumentNumber(ReadOnlySpan<char> text, int at, ISink sink)
    {
        var close = at + 5;
        if (close >= text.Length || text[close] != ']' || text[(at + 1)..close].ContainsAnyExceptInRange('0', '9'))
        {
            return;
        }

        var end = close + 1;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end == close + 1)
        {
            return;
        }

        var number = text[at..end].ToString();
        sink.Word(number, at);
        for (var length = 1; length <= DocumentPrefixChars && at - length >= 0 && IsHan(text[at - length]); length++)
        {
            sink.Word(string.Concat(text.Slice(at - length, length), number), at - length);
        }
    }

    /// <summary>
    /// The terms a query part must match, with the offset of their first occurrence in the part: bigrams for
    /// Han runs of two or more chars (a unigram for a lone char), words, and number-with-unit terms. Distinct,
    /// in order of first appearance.
    /// </summary>
    public static IReadOnlyList<(string Term, int Offset)> QueryTerms(string foldedPart)
    {
        var sink = new QuerySink(foldedPart);
        Tokenize(foldedPart, sink);
        return sink.Terms;
    }

    private static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                i++;
            }
            else if (c == '.' && i > start && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    private sealed class QuerySink(string text) : ISink
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public List<(string Term, int Offset)> Terms { get; } = [];

        public void Han(char c, int position)
        {
            var alone = (position == 0 || !IsHan(text[position - 1])) && (position + 1 >= text.Length || !IsHan(text[position + 1]));
            if (alone)
            {
                Add(c.ToString(), position);
            }
        }

        public void HanPair(char first, char second, int position) => Add(string.Concat(first, second), position);

        public void Word(ReadOnlySpan<char> word, int position) => Add(word.ToString(), position);

        private void Add(string term, int position)
        {
            if (_seen.Add(term))
            {
                Terms.Add((term, position));
            }
        }
    }
}
