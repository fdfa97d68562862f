using System.CommandLine;
using System.Text;
using StaticPlans.Cli.Commands;

namespace StaticPlans.Tests.Authoring.Importing;

public sealed class ImportCommandTests : IDisposable
{
    private const string Plan = "云溪县教育局2024年工作计划\n\n一、总体要求\n坚持立德树人。\n\n云溪县教育局\n2024年7月10日\n";

    private readonly string _site = Directory.CreateTempSubdirectory("staticplans-import-").FullName;

    public void Dispose() => Directory.Delete(_site, recursive: true);

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { ImportCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var parse = root.Parse(["import", .. args]);
        var exit = parse.Errors.Count > 0 ? 2 : parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private string Source(string name, string text)
    {
        var path = Path.Combine(_site, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void Import_writes_the_plan_under_content_plans_year_and_prints_its_path_and_what_is_undecided()
    {
        var (exit, output, _) = Run(Source("计划.txt", Plan), "--source", _site);

        var written = Path.Combine(_site, "content", "plans", "2024", "2024-plan.md");
        Assert.Equal(0, exit);
        Assert.True(File.Exists(written));
        Assert.Contains("2024-plan.md", output);
        Assert.Contains("doc_no", output);
        Assert.StartsWith("---\ntitle: \"云溪县教育局2024年工作计划\"\n", File.ReadAllText(written));
    }

    [Fact]
    public void An_existing_plan_is_not_overwritten_without_force()
    {
        var source = Source("计划.txt", Plan);
        Run(source, "--source", _site);
        var written = Path.Combine(_site, "content", "plans", "2024", "2024-plan.md");
        File.WriteAllText(written, "edited by hand");

        var (exit, _, error) = Run(source, "--source", _site);
        Assert.Equal(1, exit);
        Assert.Contains("--force", error);
        Assert.Equal("edited by hand", File.ReadAllText(written));

        var (forced, _, _) = Run(source, "--source", _site, "--force");
        Assert.Equal(0, forced);
        Assert.NotEqual("edited by hand", File.ReadAllText(written));
    }

    [Fact]
    public void Options_override_what_the_text_says()
    {
        var (exit, _, _) = Run(Source("计划.txt", Plan), "--source", _site, "--year", "2025", "--kind", "key-points", "--slug", "spring");

        Assert.Equal(0, exit);
        var text = File.ReadAllText(Path.Combine(_site, "content", "plans", "2025", "spring.md"));
        Assert.Contains("\nyear: 2025\n", text);
        Assert.Contains("\nkind: key-points\n", text);
    }

    [Theory]
    [InlineData("--slug", "../escape")]
    [InlineData("--slug", "nul")]
    [InlineData("--year", "1800")]
    [InlineData("--kind", "工作计划")]
    [InlineData("--year", "soon")]
    public void Bad_usage_exits_with_2(string option, string value)
    {
        var (exit, _, _) = Run(Source("计划.txt", Plan), "--source", _site, option, value);

        Assert.Equal(2, exit);
        Assert.False(Directory.Exists(Path.Combine(_site, "content")));
    }

    [Fact]
    public void A_corrupt_docx_exits_with_1_and_names_the_file()
    {
        var (exit, _, error) = Run(Source("坏文件.docx", "this is not a zip"), "--source", _site);

        Assert.Equal(1, exit);
        Assert.Contains("坏文件.docx", error);
    }
}
