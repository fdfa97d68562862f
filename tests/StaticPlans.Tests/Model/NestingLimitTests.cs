using StaticPlans.Diagnostics;
using static StaticPlans.Tests.DiagnosticAssert;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Model;

/// <summary>Markdown nested beyond what Markdig parses or renders is an error at its line, never a stack trace.</summary>
public sealed class NestingLimitTests : IDisposable
{
    private readonly TestSite _site = new();
    private const string File = "content/plans/2024/p.md";

    public void Dispose() => _site.Dispose();

    // WritePlan's body starts on line 8; the deep part starts on line 12.

    public static TheoryData<string> DeepBodies() => new()
    {
        new string('>', 10_000) + " 引用\n",
        new string('[', 10_000) + " 括号\n",
        new string('*', 10_000) + "强调" + new string('*', 10_000) + "\n",
        new string('>', 128) + " 引用\n",
        new string('[', 130) + " 括号\n",
    };

    [Fact]
    public void A_list_nested_hundreds_of_levels_deep_is_an_error_at_the_line_where_it_gets_too_deep()
    {
        // Each list level is two blocks (list, item) and the item text two more: the 49th level is past the limit.
        _site.WritePlan("p", "## 一、总体要求\n\n校园安全。\n\n" + string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- 项目\n")));
        var d = _site.Check().Single(x => x.Code == DiagnosticCodes.NestingTooDeep);
        Assert.Equal((File, Severity.Error), (d.File, d.Severity));
        Assert.InRange(d.Line, 12 + 40, 12 + 60);
    }

    [Theory]
    [MemberData(nameof(DeepBodies))]
    public void Markdown_nested_too_deep_is_one_error_at_its_line_and_no_stack_trace(string deep)
    {
        _site.WritePlan("p", "## 一、总体要求\n\n校园安全。\n\n" + deep);
        _site.WritePlan("other");
        var result = _site.Generate();
        var d = Single(result.Diagnostics, DiagnosticCodes.NestingTooDeep, File, 12, result.Diagnostics.Single(x => x.Code == DiagnosticCodes.NestingTooDeep).Column, Severity.Error);
        Assert.Contains("nested more than", d.Message);
        Assert.Single(result.Diagnostics, x => x.Severity == Severity.Error);
    }

    [Fact]
    public void Ordinary_nesting_a_few_levels_deep_builds()
    {
        _site.WritePlan("p", "## 一、总体要求\n\n> 引用\n> > 再引用\n> > - 项目\n> >   - [**链接**](https://example.gov.cn/)\n");
        Assert.DoesNotContain(_site.Generate().Diagnostics, d => d.Severity == Severity.Error);
    }
}
