using System.Collections.Concurrent;
using StaticPlans.Serve;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Serve;

public sealed class SiteWatcherTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_change_to_a_plan_is_posted_and_a_change_to_the_output_or_git_is_not()
    {
        _site.WritePlan("a");
        _site.Write("public/index.html", "old");
        _site.Write(".git/HEAD", "ref: refs/heads/main\n");
        var posted = new BlockingCollection<string>();
        using var watcher = new SiteWatcher(_site.Root, posted.Add);

        _site.Write("public/index.html", "new");
        _site.Write(".git/HEAD", "ref: refs/heads/other\n");
        _site.WritePlan("a", "## 一、总体要求\n\n第二版。\n");

        Assert.True(posted.TryTake(out var first, TimeSpan.FromSeconds(5)));
        Thread.Sleep(300);
        var all = posted.Prepend(first).ToHashSet();
        Assert.Equal(["content/plans/2024/a.md"], all);
    }
}
