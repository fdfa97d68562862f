using StaticPlans.Text;

namespace StaticPlans.Search;

/// <summary>
/// Search folds text as <see cref="TextFolding"/> does, then writes every kind of bracket as <c>[</c> or <c>]</c>:
/// people copy a 文号 as 云教〔2024〕15号, [2024], 【2024】 or (2024). Length-preserving, so positions stay. The
/// client gets these pairs with the fold table (search/fold.bin) and applies them after NFKC, as here.
/// </summary>
public static class SearchFolding
{
    /// <summary>Bracket → its folded form, as pairs (after NFKC: ［ and （ are already [ and ().</summary>
    public const string BracketPairs = "〔[〕]【[】]〖[〗]([)]";

    public static string Fold(string text)
    {
        var folded = TextFolding.Fold(text);
        if (folded.AsSpan().IndexOfAny(Brackets) < 0)
        {
            return folded;
        }

        return string.Create(folded.Length, folded, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = FoldBracket(source[i]);
            }
        });
    }

    /// <summary>The length of <see cref="Fold"/>'s result (brackets keep it), without making it for most texts.</summary>
    public static int FoldedLength(string text) => TextFolding.FoldedLength(text);

    /// <summary>
    /// Folds <paramref name="text"/> into <paramref name="destination"/> as <see cref="Fold"/> would, without making a
    /// string; false, with <paramref name="destination"/> undefined, when the text needs whole-string normalisation.
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> text, Span<char> destination)
    {
        if (!TextFolding.TryFold(text, destination)) return false;
        var folded = destination[..text.Length];
        for (var i = folded.IndexOfAny(Brackets); i >= 0 && i < folded.Length; i++)
        {
            folded[i] = FoldBracket(folded[i]);
        }

        return true;
    }

    private const string Brackets = "〔〕【】〖〗()";

    public static char FoldBracket(char c) => c switch
    {
        '〔' or '【' or '〖' or '(' => '[',
        '〕' or '】' or '〗' or ')' => ']',
        _ => c,
    };
}
