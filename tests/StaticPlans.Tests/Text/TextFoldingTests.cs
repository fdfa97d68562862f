using StaticPlans.Text;

namespace StaticPlans.Tests.Text;

public class TextFoldingTests
{
    [Theory]
    [InlineData("學前教育", "学前教育")]
    [InlineData("職業教育", "职业教育")]
    [InlineData("ＡＢＣ１２３", "abc123")]
    [InlineData("雙減工作", "双减工作")]
    [InlineData("Ｋ12 教育", "k12 教育")]
    [InlineData("98．75％", "98.75%")]
    public void Folds_traditional_full_width_and_upper_case(string input, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(input));
    }

    [Fact]
    public void Simplified_text_is_returned_unchanged()
    {
        const string text = "全面推进学前教育普及普惠、落实“双减”政策。投入资金3750万元";
        Assert.Same(text, TextFolding.Fold(text));
    }

    [Fact]
    public void A_character_simplified_Chinese_also_uses_stays_unchanged()
    {
        // 乾 lists itself and 干 as simplified forms: it is kept so that 乾坤 does not become 干坤.
        Assert.Equal('乾', TextFolding.FoldChar('乾'));
        // 幹 has the single form 干; 餘 lists 余 and 馀, and the first (standard) one is taken.
        Assert.Equal('干', TextFolding.FoldChar('幹'));
        Assert.Equal('余', TextFolding.FoldChar('餘'));
    }

    [Fact]
    public void Two_traditional_characters_with_one_simplified_form_fold_together()
    {
        Assert.Equal(TextFolding.FoldChar('發'), TextFolding.FoldChar('髮'));
        Assert.Equal('发', TextFolding.FoldChar('發'));
    }

    [Fact]
    public void Folding_a_char_matches_folding_it_as_a_string()
    {
        foreach (var c in "學ＡＢ１２Ｚ豈國語")
        {
            Assert.Equal(TextFolding.Fold(c.ToString()), TextFolding.FoldChar(c).ToString());
        }
    }

    [Fact]
    public void Fold_table_is_sorted_and_never_maps_a_char_to_itself()
    {
        Assert.Equal(FoldTable.Count, FoldTable.Traditional.Length);
        Assert.Equal(FoldTable.Count, FoldTable.Simplified.Length);
        for (var i = 0; i < FoldTable.Count; i++)
        {
            Assert.NotEqual(FoldTable.Traditional[i], FoldTable.Simplified[i]);
            if (i > 0)
            {
                Assert.True(FoldTable.Traditional[i - 1] < FoldTable.Traditional[i]);
            }
        }
    }

    [Theory]
    [InlineData("Cafe\u0301", "café")]
    [InlineData("面积㎡", "面积m2")]
    [InlineData("第①项", "第1项")]
    public void Compatibility_forms_that_change_length_or_compose_are_normalised(string input, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(input));
    }

    [Fact]
    public void Ill_formed_text_is_folded_without_throwing()
    {
        Assert.Equal("学\uD800a", TextFolding.Fold("學\uD800A"));
    }

    [Fact]
    public void Every_char_normalises_alone_as_it_would_in_a_string_of_its_own()
    {
        // The fold tables come from one ICU call over all chars; the oracle asks ICU once per char.
        var batched = TextFolding.SingleCharForms();
        var alone = TextFolding.SingleCharFormsOneByOne();

        var differing = Enumerable.Range(0, char.MaxValue + 1).Where(i => batched[i] != alone[i])
            .Select(i => $"U+{i:X4}: {batched[i] ?? "itself"} / {alone[i] ?? "itself"}").Take(10).ToList();
        Assert.Empty(differing);
        Assert.Equal("a", batched['ａ']);
        Assert.Equal("...", batched['…']);
        Assert.Null(batched['教']);
    }
}
