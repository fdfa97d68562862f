using System.Text.RegularExpressions;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Cli;

/// <summary>
/// The CLI speaks the editors' language: Chinese with --lang zh or a Chinese system language, English with --lang en;
/// the codes, locations and the words error/warning (which CI problem matchers read) are the same in both.
/// </summary>
public sealed partial class MessageLanguageTests : IDisposable
{
    private readonly TestSite _site = new();

    public MessageLanguageTests()
    {
        _site.WritePlan("p", extraFrontMatter: "titel: x");
        _site.Write("content/plans/2024/q.md", "---\ntitle: 计划\nyear: 二〇二四\nkind: plan\ndate: 2024-02-01\n---\n");
    }

    public void Dispose() => _site.Dispose();

    private static readonly Dictionary<string, string> NoEnvironment = [];

    [GeneratedRegex(@"^(?<where>\S+): (?<kind>error|warning) (?<code>SP\d{4}): (?<message>.+)$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();

    private static List<string> Places(string output) =>
        DiagnosticLine().Matches(output).Select(m => $"{m.Groups["where"]}: {m.Groups["kind"]} {m.Groups["code"]}").ToList();

    [Fact]
    public void Check_with_lang_zh_prints_Chinese_messages_at_the_same_codes_and_places_as_lang_en()
    {
        var (enExit, english, _) = CliRunner.Run(_site.Root, "check", "--lang", "en");
        var (zhExit, chinese, _) = CliRunner.Run(_site.Root, "check", "--lang", "zh");

        Assert.Equal(1, enExit);
        Assert.Equal(1, zhExit);
        Assert.Equal(["content/plans/2024/p.md(6,1): warning SP0113", "content/plans/2024/q.md(3,7): error SP0105"], Places(english));
        Assert.Equal(Places(english), Places(chinese));
        Assert.Contains("content/plans/2024/q.md(3,7): error SP0105: year must be written in Arabic digits, like 2024, not '二〇二四'", english);
        Assert.Contains("content/plans/2024/q.md(3,7): error SP0105: 年度须用阿拉伯数字书写，如 2024，不能写作“二〇二四”", chinese);
        Assert.Contains("content/plans/2024/p.md(6,1): warning SP0113: 文件头中有未知的键“titel”（是否应为“title”？），已忽略", chinese);
        Assert.Contains("1 error, 1 warning", english);
        Assert.Contains("1 个错误，1 个警告", chinese);
        Assert.DoesNotContain("year must be", chinese);
    }

    [Theory]
    [InlineData("LANG")]
    [InlineData("LC_MESSAGES")]
    [InlineData("LC_ALL")]
    public void A_Chinese_system_language_makes_check_print_Chinese(string variable)
    {
        var (exit, stdout, _) = CliRunner.Run(_site.Root, new Dictionary<string, string> { [variable] = "zh_CN.UTF-8" }, "check");
        Assert.Equal(1, exit);
        Assert.Contains("error SP0105: 年度须用阿拉伯数字书写", stdout);
        Assert.Contains("1 个错误，1 个警告", stdout);
    }

    [Fact]
    public void LC_ALL_in_English_wins_over_a_Chinese_LANG()
    {
        var (_, stdout, _) = CliRunner.Run(_site.Root, new Dictionary<string, string> { ["LANG"] = "zh_CN.UTF-8", ["LC_ALL"] = "en_US.UTF-8" }, "check");
        Assert.Contains("error SP0105: year must be written in Arabic digits", stdout);
    }

    [Fact]
    public void Lang_en_overrides_a_Chinese_system_language_for_build()
    {
        var environment = new Dictionary<string, string> { ["LANG"] = "zh_CN.UTF-8" };
        var (exit, _, stderr) = CliRunner.Run(_site.Root, environment, "build", "--lang", "en");
        Assert.Equal(1, exit);
        Assert.Contains("error SP0105: year must be written in Arabic digits", stderr);
        Assert.Contains("Build failed: nothing was written", stderr);

        var (zhExit, _, zhErr) = CliRunner.Run(_site.Root, environment, "build");
        Assert.Equal(1, zhExit);
        Assert.Equal(Places(stderr), Places(zhErr));
        Assert.Contains("构建失败：未写入任何内容，原有站点（如有）保持不变。", zhErr);
    }

    [Fact]
    public void A_refused_output_folder_is_explained_in_Chinese()
    {
        var (exit, _, stderr) = CliRunner.Run(_site.Root, NoEnvironment, "build", "--lang=zh", "--output", ".");
        Assert.Equal(2, exit);
        Assert.Contains(".: error SP0401: 拒绝构建到“.”：该文件夹就是站点文件夹本身", stderr);
        Assert.Contains("拒绝构建：未读取或写入任何内容。", stderr);
    }

    [Fact]
    public void Usage_lines_follow_the_language_and_every_command_takes_lang()
    {
        var (_, chinese, _) = CliRunner.Run(_site.Root, "build", "--help", "--lang", "zh");
        Assert.Contains("将站点构建到输出文件夹", chinese);
        Assert.Contains("--lang", chinese);
        var (_, english, _) = CliRunner.Run(_site.Root, "build", "--help");
        Assert.Contains("Build the site into the output folder", english);
        Assert.Contains("--lang", english);
        foreach (var command in new[] { "check", "serve", "new site", "new plan", "import", "convert-encoding", "theme export" })
        {
            var (_, help, _) = CliRunner.Run(_site.Root, [.. command.Split(' '), "--help"]);
            Assert.Contains("--lang", help);
        }
    }

    [Fact]
    public void A_clean_site_is_reported_in_Chinese_and_an_unknown_language_is_a_usage_error()
    {
        using var clean = new TestSite();
        clean.WritePlan("p");
        var (exit, stdout, _) = CliRunner.Run(clean.Root, "check", "--lang", "zh");
        Assert.Equal(0, exit);
        Assert.Contains("未发现问题：已检查 1 篇计划。", stdout);
        var (built, buildOut, _) = CliRunner.Run(clean.Root, "build", "--lang", "zh");
        Assert.Equal(0, built);
        Assert.Matches(@"已构建 1 篇计划、1 个年度、\d+ 个专题：共 \d+ 个页面、\d+ 个文件，用时 [\d.]+ 秒 → ", buildOut);

        var (bad, _, stderr) = CliRunner.Run(clean.Root, "check", "--lang", "fr");
        Assert.Equal(2, bad);
        Assert.Contains("fr", stderr);
    }
}
