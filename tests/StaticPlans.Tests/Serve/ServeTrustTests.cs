using System.Net;
using Microsoft.AspNetCore.Http;
using StaticPlans.Serve;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Serve;

/// <summary>serve survives any failed rebuild, answers only requests addressed to it, and never lets content drive the terminal.</summary>
public sealed class ServeTrustTests : IAsyncLifetime
{
    private readonly TestSite _site = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };
    private readonly StringWriter _log = new();
    private readonly TextWriter _syncLog;

    public ServeTrustTests() => _syncLog = TextWriter.Synchronized(_log);

    private string Logged()
    {
        lock (_syncLog) return _log.ToString();
    }

    private PreviewServer _server = null!;

    public async Task InitializeAsync()
    {
        _site.WritePlan("work-plan", "## 一、总体要求\n\n今年重点是校园安全第一版。\n");
        _server = await PreviewServer.StartAsync(new PreviewOptions(_site.Root, Port: 0, Log: _syncLog,
            Debounce: TimeSpan.FromMilliseconds(50)));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    private Uri Page => new(_server.SiteUrl, "plans/2024/work-plan/");

    private async Task<string> WaitForPage(Func<string, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        string html;
        do
        {
            html = await _http.GetStringAsync(Page);
            if (done(html)) return html;
            await Task.Delay(25);
        } while (DateTime.UtcNow < deadline);
        Assert.Fail($"{what} did not happen within 5 s; the page says:\n{html}\nthe log says:\n{_log}");
        return html;
    }

    private async Task Breaks_then_recovers(Action breakIt, Action fixIt, string shown)
    {
        await WaitForPage(h => h.Contains("第一版"), "the first build");
        breakIt();
        var html = await WaitForPage(h => h.Contains("data-staticplans-errors"), "the error overlay");
        Assert.Contains("第一版", html);
        Assert.Contains(shown, html);
        fixIt();
        _site.WritePlan("work-plan", "## 一、总体要求\n\n今年重点是校园安全第二版。\n");
        html = await WaitForPage(h => h.Contains("第二版") && !h.Contains("data-staticplans-errors"), "the recovery");
    }

    [Fact]
    public async Task A_rebuild_that_throws_on_a_symlink_loop_shows_the_overlay_and_keeps_serving_the_last_good_site()
    {
        var loop = Path.Combine(_site.Root, "content/plans/2024/loop.md");
        await Breaks_then_recovers(() => File.CreateSymbolicLink(loop, loop), () => File.Delete(loop), "loop.md");
    }

    [Fact]
    public async Task A_rebuild_that_throws_on_a_broken_site_yml_shows_the_overlay_and_keeps_serving_the_last_good_site()
    {
        // Two topics with one slug made the model stage throw (ArgumentException) when this test was written.
        var twice = TestSite.DefaultSiteYml + "\n  - { slug: safety, name: 安全, keywords: [安全] }\n";
        await Breaks_then_recovers(() => _site.Write("site.yml", twice), () => _site.Write("site.yml", TestSite.DefaultSiteYml + "\n"), "error SP0");
    }

    [Fact]
    public async Task A_first_build_that_throws_still_starts_the_server_with_the_error_shown()
    {
        using var broken = new TestSite();
        broken.WritePlan("work-plan");
        var loop = Path.Combine(broken.Root, "content/plans/2024/loop.md");
        File.CreateSymbolicLink(loop, loop);
        await using var server = await PreviewServer.StartAsync(new PreviewOptions(broken.Root, Port: 0));
        var response = await _http.GetAsync(server.SiteUrl);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-staticplans-errors", html);
        Assert.Contains("loop.md", html);
    }

    [Theory]
    [InlineData("evil.example:{port}")]
    [InlineData("evil.example")]
    [InlineData("127.0.0.1.evil.example:{port}")]
    [InlineData("127.0.0.1:1")]
    [InlineData("localhost:1")]
    public async Task A_request_addressed_to_another_host_is_refused(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Page);
        request.Headers.Host = host.Replace("{port}", _server.SiteUrl.Port.ToString());
        var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.DoesNotContain("第一版", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("localhost:{port}")]
    [InlineData("LOCALHOST:{port}")]
    public async Task A_request_addressed_to_the_preview_is_answered(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Page);
        request.Headers.Host = host.Replace("{port}", _server.SiteUrl.Port.ToString());
        var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_file_name_with_terminal_escapes_is_printed_with_them_made_visible()
    {
        await WaitForPage(h => h.Contains("第一版"), "the first build");
        // The name is not a safe slug, so the rebuild reports it by name.
        _site.WritePlan("bad\u001B]0;owned\u0007\u001B[2J");
        await WaitForPage(h => h.Contains("data-staticplans-errors"), "the error overlay");
        // The overlay can be served a moment before the rebuild's lines reach the log: wait for them (on a loaded machine).
        var expected = "bad\\e]0;owned\\u0007\\e[2J";
        for (var waited = 0; waited < 10_000 && !Logged().Contains(expected, StringComparison.Ordinal); waited += 50) await Task.Delay(50);
        var log = Logged();
        Assert.Contains(expected, log);
        Assert.DoesNotContain('\u001B', log);
        Assert.DoesNotContain('\u0007', log);
    }

    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1", 8080, true)]
    [InlineData("127.0.0.1", "localhost", 8080, true)]
    [InlineData("127.0.0.1", "127.0.0.1", 8081, false)]
    [InlineData("127.0.0.1", "evil.example", 8080, false)]
    [InlineData("127.0.0.1", "127.0.0.2", 8080, false)]
    [InlineData("::1", "[::1]", 8080, true)]
    [InlineData("::1", "localhost", 8080, true)]
    [InlineData("::1", "127.0.0.1", 8080, false)]
    [InlineData("localhost", "localhost", 8080, true)]
    [InlineData("localhost", "[::1]", 8080, true)]
    [InlineData("localhost", "evil.example", 8080, false)]
    [InlineData("192.168.1.20", "192.168.1.20", 8080, true)]
    [InlineData("192.168.1.20", "localhost", 8080, false)]
    [InlineData("0.0.0.0", "192.168.1.20", 8080, true)]
    [InlineData("0.0.0.0", "localhost", 8080, true)]
    [InlineData("0.0.0.0", "evil.example", 8080, false)]
    [InlineData("::", "[fe80::1]", 8080, true)]
    [InlineData("::", "rebind.evil.example", 8080, false)]
    public void The_host_check_answers_the_listening_address_and_nothing_else(string listen, string host, int port, bool answered)
    {
        Assert.Equal(answered, new HostCheck(listen, 8080).Accepts(new HostString(host, port)));
    }
}
