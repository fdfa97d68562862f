using StaticPlans.Diagnostics;
using StaticPlans.Loading;

namespace StaticPlans.Tests.Loading;

public class FrontMatterSplitTests
{
    private static (FrontMatterSplit? Split, List<Diagnostic> Diagnostics) Split(string text)
    {
        var diagnostics = new List<Diagnostic>();
        return (FrontMatter.Split(text, "content/a.md", diagnostics), diagnostics);
    }

    [Fact]
    public void The_yaml_and_the_body_are_the_text_between_and_after_the_fences_with_the_body_line_offset()
    {
        var (split, diagnostics) = Split("---\ntitle: 甲\nyear: 2024\n---\n## 一、总体要求\n正文。\n");

        Assert.Empty(diagnostics);
        Assert.Equal("title: 甲\nyear: 2024", split!.Yaml);
        Assert.Equal("## 一、总体要求\n正文。\n", split.Body);
        Assert.Equal(4, split.BodyLineOffset);
    }

    [Fact]
    public void Windows_line_ends_trailing_spaces_and_a_dots_fence_close_the_block()
    {
        var (split, _) = Split("--- \r\ntitle: 甲\r\n... \r\n正文\r\n");

        Assert.Equal("title: 甲\r", split!.Yaml);
        Assert.Equal("正文\r\n", split.Body);
        Assert.Equal(3, split.BodyLineOffset);
    }

    [Fact]
    public void An_empty_block_and_a_closing_fence_on_the_last_line_give_empty_yaml_and_body()
    {
        var (split, diagnostics) = Split("---\n---");

        Assert.Empty(diagnostics);
        Assert.Equal(("", "", 2), (split!.Yaml, split.Body, split.BodyLineOffset));
    }

    [Theory]
    [InlineData("title: 甲\n---\n", DiagnosticCodes.FrontMatterMissing)]
    [InlineData("---\ntitle: 甲\n正文\n", DiagnosticCodes.FrontMatterUnterminated)]
    [InlineData("---", DiagnosticCodes.FrontMatterUnterminated)]
    public void A_missing_or_unclosed_block_is_an_error_at_line_one(string text, string code)
    {
        var (split, diagnostics) = Split(text);

        Assert.Null(split);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("content/a.md", 1, code), (error.File, error.Line, error.Code));
    }
}
