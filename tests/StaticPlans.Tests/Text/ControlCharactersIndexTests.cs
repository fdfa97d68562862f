using StaticPlans.Text;

namespace StaticPlans.Tests.Text;

public sealed class ControlCharactersIndexTests
{
    [Theory]
    [InlineData("第一段\n第二段\t表格\r\n", -1)]
    [InlineData("😀 表情成对", -1)]
    [InlineData("分页\f之后", 2)]
    [InlineData("C1控制符\u0085在此", 5)]
    public void Known_texts_report_their_first_unsafe_character(string text, int expected) =>
        Assert.Equal(expected, ControlCharacters.IndexOf(text));

    [Fact]
    public void A_lone_surrogate_anywhere_is_found_and_a_pair_is_not()
    {
        // Built in code: a lone surrogate does not survive as test-case data.
        Assert.Equal(3, ControlCharacters.IndexOf("孤立的" + '\uD83D' + "代理"));
        Assert.Equal(6, ControlCharacters.IndexOf("末尾的高代理" + '\uD83D'));
        Assert.Equal(0, ControlCharacters.IndexOf('\uDE00' + "开头的低代理"));
        Assert.Equal(-1, ControlCharacters.IndexOf("成对的" + '\uD83D' + '\uDE00' + "代理"));
    }
}
