using StaticPlans.Serve;

namespace StaticPlans.Tests.Serve;

public sealed class PreviewRouterTests
{
    private static readonly PreviewSite Site = new(new Dictionary<string, byte[]>
    {
        ["index.html"] = [1],
        ["plans/2024/a/index.html"] = [2],
        ["assets/site.css"] = [3],
        ["404.html"] = [4],
    }, "/plans/", [], 1);

    private static PreviewResponse Route(string path) => PreviewRouter.Route(Site, path, path);

    [Fact]
    public void Folders_serve_their_index_and_files_their_bytes()
    {
        Assert.Equal([1], Assert.IsType<PreviewResponse.Found>(Route("/plans/")).Bytes);
        Assert.Equal([2], Assert.IsType<PreviewResponse.Found>(Route("/plans/plans/2024/a/")).Bytes);
        var css = Assert.IsType<PreviewResponse.Found>(Route("/plans/assets/site.css"));
        Assert.StartsWith("text/css", css.ContentType);
    }

    [Fact]
    public void A_folder_without_its_slash_and_the_base_path_without_its_slash_redirect()
    {
        Assert.Equal("/plans/plans/2024/a/", Assert.IsType<PreviewResponse.Redirect>(Route("/plans/plans/2024/a")).Location);
        Assert.Equal("/plans/", Assert.IsType<PreviewResponse.Redirect>(Route("/plans")).Location);
        Assert.Equal("/plans/", Assert.IsType<PreviewResponse.Redirect>(Route("/")).Location);
    }

    [Fact]
    public void Paths_outside_the_base_path_are_not_found()
    {
        Assert.Equal([4], Assert.IsType<PreviewResponse.NotFound>(Route("/other/index.html")).Page);
    }

    [Theory]
    [InlineData("/plans/../site.yml")]
    [InlineData("/plans/./index.html")]
    [InlineData("/plans/%2e%2e/x")]
    [InlineData("/plans/a%2fb")]
    [InlineData("/plans/a%5cb")]
    [InlineData("/plans/a\\b")]
    [InlineData("/plans/%252e")]
    [InlineData("plans/index.html")]
    public void Traversal_shaped_targets_are_rejected(string target) =>
        Assert.IsType<PreviewResponse.Rejected>(PreviewRouter.Route(Site, target, "/plans/index.html"));
}
