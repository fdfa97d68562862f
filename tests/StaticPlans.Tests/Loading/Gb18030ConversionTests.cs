using System.Text;
using StaticPlans.Diagnostics;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Loading;

public sealed class Gb18030ConversionTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private const string Plan = "---\r\ntitle: 云溪县教育局2024年工作计划\r\nyear: 2024\r\nkind: plan\r\ndate: 2024-02-01\r\n---\r\n\r\n## 一、总体要求\r\n\r\n做好校园安全工作，𠀀字也要保留。\r\n";

    [Fact]
    public void The_command_the_error_names_fixes_the_file_and_the_site_then_builds()
    {
        const string file = "content/plans/2024/p.md";
        _site.WriteBytes(file, PlanDiagnosticsTests.GbkText(Plan));
        Assert.Contains(_site.Check(), d => d.Code == DiagnosticCodes.NotUtf8);

        var (code, stdout, _) = CliRunner.Run(_site.Root, "convert-encoding", file);

        Assert.Equal(0, code);
        Assert.Contains("converted", stdout);
        Assert.Equal(Encoding.UTF8.GetBytes(Plan), File.ReadAllBytes(Path.Combine(_site.Root, file)));
        Assert.Empty(_site.Check());
        Assert.Equal(["p.md"], Directory.GetFileSystemEntries(Path.Combine(_site.Root, "content/plans/2024")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_utf8_file_is_left_byte_for_byte_unchanged()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Plan)];
        var path = _site.WriteBytes("content/plans/2024/p.md", bytes);
        var (code, stdout, _) = CliRunner.Run(_site.Root, "convert-encoding", "content/plans/2024/p.md");
        Assert.Equal(0, code);
        Assert.Contains("already UTF-8", stdout);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_file_that_is_neither_is_refused_and_left_unchanged()
    {
        byte[] bytes = [0x2D, 0x2D, 0x2D, 0x0A, 0x81, 0x30, 0xFF, 0xFF, 0x0A];
        var path = _site.WriteBytes("content/plans/2024/p.md", bytes);
        var (code, _, stderr) = CliRunner.Run(_site.Root, "convert-encoding", "content/plans/2024/p.md");
        Assert.Equal(1, code);
        Assert.Contains("neither UTF-8 nor GBK", stderr);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }
}
