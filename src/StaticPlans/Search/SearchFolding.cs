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
        if (folded.AsSpan().IndexOfAny("〔〕【】〖〗()") < 0)
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

    public static char FoldBracket(char c) => c switch
    {
        '〔' or '【' or '〖' or '(' => '[',
        '〕' or '】' or '〗' or ')' => ']',
        _ => c,
    };
}
