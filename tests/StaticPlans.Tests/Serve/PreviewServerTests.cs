using System.Net;
using System.Net.Sockets;
using System.Text;
using StaticPlans.Serve;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Serve;

/// <summary>The preview server, running in-process on a free loopback port, as a browser would use it.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private const string Secret = "do-not-serve-3f9a1c";
    private readonly TestSite _site = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };
    private PreviewServer _server = null!;

    public async Task InitializeAsync()
    {
        _site.Write("site.yml", TestSite.DefaultSiteYml + $"\n# {Secret}\n");
        _site.WritePlan("work-plan", "## 一、总体要求\n\n今年重点是校园安全第一版。\n");
        _server = await PreviewServer.StartAsync(new PreviewOptions(_site.Root, Port: 0, Debounce: TimeSpan.FromMilliseconds(50)));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    private Uri Page => new(_server.SiteUrl, "plans/2024/work-plan/");

    /// <summary>Polls until the page contains the text: the edit must be visible well within 2 s of saving.</summary>
    private async Task<string> WaitForPageContaining(string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(2);
        string html;
        do
        {
            html = await _http.GetStringAsync(Page);
            if (html.Contains(text, StringComparison.Ordinal)) return html;
            await Task.Delay(25);
        } while (DateTime.UtcNow < deadline);
        Assert.Fail($"'{text}' did not appear within 2 s; the page says:\n{html}");
        return html;
    }

    [Fact]
    public async Task A_plan_page_is_served_under_the_base_path_with_the_reload_script()
    {
        Assert.Equal("/plans/", _server.SiteUrl.AbsolutePath);
        var response = await _http.GetAsync(Page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("今年重点是校园安全第一版。", html);
        Assert.Contains(PreviewRouter.EventsPath, html);
        Assert.DoesNotContain("data-staticplans-errors", html);
    }

    [Fact]
    public async Task The_server_root_redirects_to_the_base_path()
    {
        var response = await _http.GetAsync(new Uri(_server.SiteUrl, "/"));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/plans/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_edit_to_a_plan_is_visible_in_a_request_within_two_seconds()
    {
        await WaitForPageContaining("第一版");
        _site.WritePlan("work-plan", "## 一、总体要求\n\n今年重点是校园安全第二版。\n");
        await WaitForPageContaining("第二版");
    }

    [Fact]
    public async Task An_edit_to_the_sites_own_strings_yml_changes_the_served_page()
    {
        await WaitForPageContaining("第一版");
        _site.Write("strings.yml", "skip_link: 直接跳到正文测试\n");
        await WaitForPageContaining("直接跳到正文测试");
    }

    [Fact]
    public async Task Open_tabs_are_told_to_reload_after_a_rebuild()
    {
        var version = _server.Current.Version;
        using var events = await _http.GetStreamAsync(new Uri(_server.SiteUrl, $"{PreviewRouter.EventsPath}?v={version}"));
        using var reader = new StreamReader(events);
        Assert.Equal("retry: 1000", await reader.ReadLineAsync());
        _site.WritePlan("work-plan", "## 一、总体要求\n\n今年重点是校园安全第三版。\n");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        string? line;
        do line = await reader.ReadLineAsync(timeout.Token); while (line is not null && !line.StartsWith("event:", StringComparison.Ordinal));
        Assert.Equal("event: reload", line);
    }

    [Fact]
    public async Task A_content_error_shows_an_overlay_over_the_last_good_site_then_clears()
    {
        await WaitForPageContaining("第一版");
        _site.Write("content/plans/2024/work-plan.md", "---\ntitle: 计划\nyear: 二〇二四\nkind: plan\ndate: 2024-02-01\n---\n\n今年重点是第二版。\n");
        var html = await WaitForPageContaining("data-staticplans-errors");
        Assert.Contains("第一版", html);
        Assert.Contains("content/plans/2024/work-plan.md(3,7): error SP0105", html);
        _site.WritePlan("work-plan", "## 一、总体要求\n\n今年重点是校园安全第二版。\n");
        html = await WaitForPageContaining("第二版");
        Assert.DoesNotContain("data-staticplans-errors", html);
    }

    [Fact]
    public async Task A_port_already_in_use_fails_the_start_with_an_io_error()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        await Assert.ThrowsAnyAsync<IOException>(() => PreviewServer.StartAsync(new PreviewOptions(_site.Root, Port: port)));
    }

    [Fact]
    public async Task A_missing_page_is_the_sites_404_page_with_status_404()
    {
        var response = await _http.GetAsync(new Uri(_server.SiteUrl, "plans/2024/nothing/"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/../site.yml")]
    [InlineData("/plans/../site.yml")]
    [InlineData("/plans/../../site.yml")]
    [InlineData("/%2e%2e/site.yml")]
    [InlineData("/%2E%2E/site.yml")]
    [InlineData("/plans/%2e%2e/site.yml")]
    [InlineData("/plans/.%2e/site.yml")]
    [InlineData("/%2e%2e%2fsite.yml")]
    [InlineData("/plans/..%2f..%2fsite.yml")]
    [InlineData("/plans/..%5csite.yml")]
    [InlineData("/plans/..%5C..%5Csite.yml")]
    [InlineData("/plans/..\\site.yml")]
    [InlineData("/%252e%252e/site.yml")]
    [InlineData("/plans/%c0%ae%c0%ae/site.yml")]
    [InlineData("/site.yml")]
    [InlineData("/plans/site.yml")]
    [InlineData("/plans/content/plans/2024/work-plan.md")]
    public async Task A_request_for_a_file_outside_the_built_site_is_refused(string target)
    {
        var (status, body) = await RawGet(target);
        Assert.True(status is 400 or 404, $"{target} answered {status}");
        Assert.DoesNotContain(Secret, body);
        Assert.DoesNotContain("kind: plan", body);
    }

    /// <summary>HttpClient normalises '..' away, so this sends the request target byte for byte.</summary>
    private async Task<(int Status, string Body)> RawGet(string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_server.SiteUrl.Host, _server.SiteUrl.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: localhost:{_server.SiteUrl.Port}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var statusLine = response.Split("\r\n")[0];
        return (int.Parse(statusLine.Split(' ')[1]), response);
    }
}
