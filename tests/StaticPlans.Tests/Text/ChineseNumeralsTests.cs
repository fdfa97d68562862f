using StaticPlans.Text;

namespace StaticPlans.Tests.Text;

public class ChineseNumeralsTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("九", 9)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("九十九", 99)]
    [InlineData("两", 2)]
    [InlineData("一百", 100)]
    [InlineData("一百零五", 105)]
    [InlineData("三百二十一", 321)]
    public void Heading_ordinals_read_one_to_nine_hundred_ninety_nine(string text, int expected)
    {
        Assert.Equal(expected, ChineseNumerals.ParseOrdinal(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("第")]
    [InlineData("壹")]
    [InlineData("一千")]
    public void Heading_ordinals_refuse_other_characters(string text)
    {
        Assert.Null(ChineseNumerals.ParseOrdinal(text));
    }

    [Theory]
    [InlineData("三", 3)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("三十一", 31)]
    [InlineData("九十九", 99)]
    [InlineData("两", 2)]
    public void Counting_numerals_read_one_to_ninety_nine(string text, int expected)
    {
        Assert.Equal(expected, ChineseNumerals.ParseCounting(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("一百")]
    [InlineData("〇十")]
    [InlineData("二三")]
    [InlineData("十二三")]
    [InlineData("壹")]
    public void Counting_numerals_refuse_hundreds_and_malformed_runs(string text)
    {
        Assert.Null(ChineseNumerals.ParseCounting(text));
    }

    [Theory]
    [InlineData("二〇二四", 2024)]
    [InlineData("二零二四", 2024)]
    [InlineData("二○二四", 2024)]
    [InlineData("二O二四", 2024)]
    [InlineData("二Ｏ二五", 2025)]
    public void Years_written_digit_by_digit_accept_every_typed_zero(string text, int expected)
    {
        Assert.Equal(expected, ChineseNumerals.ParseDigitByDigit(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("二十")]
    [InlineData("2024")]
    public void Digit_by_digit_refuses_place_words_and_arabic_digits(string text)
    {
        Assert.Null(ChineseNumerals.ParseDigitByDigit(text));
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(99, "九十九")]
    [InlineData(100, "100")]
    [InlineData(0, "0")]
    public void Counting_form_is_written_up_to_ninety_nine_and_arabic_beyond(int value, string expected)
    {
        Assert.Equal(expected, ChineseNumerals.FormatCounting(value));
    }

    [Theory]
    [InlineData("两", 2)]
    [InlineData("十五", 15)]
    [InlineData("一千二百", 1200)]
    [InlineData("三千万", 30_000_000)]
    [InlineData("一亿二千万", 120_000_000)]
    [InlineData("一千零五", 1005)]
    [InlineData("壹仟贰佰", 1200)]
    [InlineData("〇", 0)]
    public void Amounts_read_place_words_up_to_yi_and_formal_forms(string text, long expected)
    {
        var parsed = ChineseNumerals.TryParseAmount(text, allowBarePlace: false, out var value);
        Assert.Equal(expected > 0, parsed);
        if (parsed) Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("二〇二四")]
    [InlineData("十四五")]
    [InlineData("百")]
    [InlineData("万")]
    public void Amounts_refuse_years_malformed_runs_and_a_bare_place_word(string text)
    {
        Assert.False(ChineseNumerals.TryParseAmount(text, allowBarePlace: false, out _));
    }

    [Fact]
    public void A_bare_place_word_is_an_amount_when_the_caller_allows_it()
    {
        Assert.True(ChineseNumerals.TryParseAmount("万", allowBarePlace: true, out var value));
        Assert.Equal(10_000m, value);
    }
}
