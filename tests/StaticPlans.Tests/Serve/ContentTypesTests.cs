using StaticPlans.Serve;

namespace StaticPlans.Tests.Serve;

public sealed class ContentTypesTests
{
    [Theory]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("assets/site.css", "text/css; charset=utf-8")]
    [InlineData("assets/search.js", "text/javascript; charset=utf-8")]
    [InlineData("search/manifest.json", "application/json; charset=utf-8")]
    [InlineData("feed.xml", "text/xml; charset=utf-8")]
    [InlineData("data/figures.csv", "text/csv; charset=utf-8")]
    [InlineData("data/figures-2024.zip", "application/x-zip-compressed")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    [InlineData("images/dzjg.png", "image/png")]
    [InlineData("images/chart.svg", "image/svg+xml")]
    [InlineData("plans/2024/a/2024-plan.pdf", "application/pdf")]
    [InlineData("search/plans.bin", "application/octet-stream")]
    [InlineData("PLANS/2024/A/SCAN.PDF", "application/pdf")]
    public void Every_kind_of_file_a_site_writes_is_sent_with_its_type_and_text_says_utf8(string path, string expected) =>
        Assert.Equal(expected, ContentTypes.For(path));

    [Fact]
    public void A_file_of_an_unknown_type_is_sent_as_bytes_not_guessed() =>
        Assert.Equal("application/octet-stream", ContentTypes.For("plans/2024/a/原件.ofd"));
}
