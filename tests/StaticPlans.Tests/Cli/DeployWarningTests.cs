using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Cli;

public class DeployWarningTests
{
    private const string Plan = "title: 甲\nyear: 2024\nkind: plan\ndate: 2024-03-01";

    [Fact]
    public void A_build_under_a_path_warns_that_crawlers_read_robots_txt_only_at_the_host_root()
    {
        using var site = new TestSite().Plan(2024, "a", Plan, "## 一、学前教育\n文。\n");
        var (exit, _, stderr) = BuildCommandTests.Run("build", "--source", site.Root);
        Assert.Equal(0, exit);
        Assert.Contains("WARNING: base_url https://edu.example.gov.cn/plans/ has a path", stderr);
        Assert.Contains("https://edu.example.gov.cn/robots.txt", stderr);
    }

    [Fact]
    public void A_build_at_the_host_root_gives_no_robots_warning()
    {
        using var site = new TestSite().Plan(2024, "a", Plan, "## 一、学前教育\n文。\n");
        var (exit, _, stderr) = BuildCommandTests.Run("build", "--source", site.Root, "--base-url", "https://edu.example.gov.cn/");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("WARNING", stderr);
    }
}
