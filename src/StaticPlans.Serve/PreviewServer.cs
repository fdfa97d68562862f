using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StaticPlans.Building;
using StaticPlans.Diagnostics;
using StaticPlans.Text;

namespace StaticPlans.Serve;

/// <param name="Port">0 picks a free port (tests use this).</param>
/// <param name="Log">Where rebuild results and diagnostics go (the terminal in the CLI).</param>
/// <param name="RefreshDelay">How long after an edit the background full rebuild starts (default 1 s).</param>
/// <param name="Drafts">A preview shows drafts, marked 草稿; false shows the site as it will be published.</param>
public sealed record PreviewOptions(string SourceDir, string Host = "127.0.0.1", int Port = 8080, TextWriter? Log = null,
    TimeSpan? Debounce = null, TimeSpan? RefreshDelay = null, bool Drafts = true);

/// <summary>
/// 'staticplans serve': builds the site in memory, serves it with Kestrel, rebuilds on every change and tells open
/// tabs to reload through server-sent events. Kestrel rather than HttpListener: it ships with the runtime's shared
/// framework, parses and normalises request targets itself, and is what .NET maintains and hardens.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>
    /// How long the loop waits for the rest of a burst of changes. An editor's save (temp file, rename, backup
    /// removed) comes as events a millisecond or two apart, so 10 ms still takes it as one change; the wait is paid
    /// on every edit, and at 40 ms it was most of the 62 ms from save to served at 1,000 plans (bench/serve-edit.sh).
    /// A write that outlasts it (a large file written in parts) is applied again when its next event comes.
    /// </summary>
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(10);

    private readonly PreviewOptions _options;
    private readonly PreviewLoop _loop;
    private readonly TextWriter _log;
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private SiteWatcher? _watcher;

    private PreviewServer(PreviewOptions options)
    {
        _options = options;
        _log = options.Log ?? TextWriter.Null;
        _loop = new PreviewLoop(new SiteOptions(options.SourceDir, Drafts: options.Drafts), options.Debounce ?? DefaultDebounce,
            options.RefreshDelay ?? TimeSpan.FromSeconds(1), Report);
    }

    /// <summary>The address the site's home page is served at, e.g. http://127.0.0.1:8080/plans/.</summary>
    public Uri SiteUrl { get; private set; } = new("http://127.0.0.1/");

    public PreviewSite Current => _loop.Current;

    public static async Task<PreviewServer> StartAsync(PreviewOptions options, CancellationToken cancel = default)
    {
        var server = new PreviewServer(options);
        try
        {
            await server._loop.Ready.WaitAsync(cancel);
            await server.StartKestrelAsync(cancel);
        }
        catch
        {
            // The port is taken, or the start was cancelled: the loop must not go on building.
            await server.DisposeAsync();
            throw;
        }
        server._watcher = new SiteWatcher(options.SourceDir, server._loop.Post);
        return server;
    }

    private async Task StartKestrelAsync(CancellationToken cancel)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "StaticPlans.Serve", ContentRootPath = Path.GetFullPath(_options.SourceDir) });
        builder.Logging.ClearProviders();
        // The CLI owns Ctrl+C: the host's console lifetime would swallow the signal and leave the command waiting.
        builder.Services.AddSingleton<IHostLifetime, CommandOwnedLifetime>();
        builder.WebHost.UseKestrel(k =>
        {
            k.AddServerHeader = false;
            if (IPAddress.TryParse(_options.Host, out var address)) k.Listen(address, _options.Port);
            else if (_options.Host == "localhost") k.ListenLocalhost(_options.Port);
            else throw new ArgumentException($"--host must be an IP address or localhost, not '{_options.Host}'");
        });
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync(cancel);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        SiteUrl = new Uri(new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal)), Current.BasePath);
        _hosts = new HostCheck(_options.Host, new Uri(address).Port);
    }

    /// <summary>Called by the loop only, one update at a time.</summary>
    private void Report(PreviewUpdate update)
    {
        var (site, changed) = (update.Site, update.Paths);
        if (update.Failure is { } failure)
        {
            _log.WriteLine(ControlCharacters.ForTerminal($"[serve] could not refresh search ({failure.Message}); the next change retries"));
            _log.Flush();
            return;
        }
        var what = update.Step switch
        {
            PreviewStep.Built => Messages.Text("serve.built"),
            PreviewStep.Refreshed => Messages.Text("serve.refreshed"),
            _ => Messages.Text(update.Step == PreviewStep.Updated ? "serve.updated" : "serve.rebuilt",
                ("files", string.Join(", ", changed.Take(3)) + (changed.Count > 3 ? ", …" : ""))),
        };
        // File names and messages quote content: its control characters must not drive the terminal.
        foreach (var d in site.Diagnostics) _log.WriteLine(ControlCharacters.ForTerminal(d.ToString()));
        var errors = site.Errors.Count;
        _log.WriteLine(ControlCharacters.ForTerminal(errors == 0
            ? "[serve] " + Messages.Text("serve.done", ("what", what), ("ms", (long)update.Elapsed.TotalMilliseconds), ("files", Messages.Count(site.Files.Count, "file"))) + Parts(update.Parts)
            : "[serve] " + Messages.Text(site.Files.Count == 0 ? "serve.failed_none" : "serve.failed", ("what", what), ("errors", Messages.Count(errors, "error")))));
        _log.Flush();
    }

    private static string Parts(IReadOnlyList<StageTiming> timings) =>
        timings.Count == 0 ? "" : " (" + string.Join(", ", timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:F0}")) + " ms)";

    private HostCheck? _hosts;

    private async Task HandleAsync(HttpContext http)
    {
        // DNS rebinding: a page on another site whose name now resolves to 127.0.0.1 must not read the preview.
        if (_hosts is not { } hosts || !hosts.Accepts(http.Request.Host))
        {
            http.Response.StatusCode = http.Request.Host.HasValue ? StatusCodes.Status421MisdirectedRequest : StatusCodes.Status400BadRequest;
            await http.Response.WriteAsync("this preview answers only requests addressed to it (Host header)\n");
            return;
        }
        var site = Current;
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.Value ?? "/";
        var response = http.Response;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        switch (PreviewRouter.Route(site, raw, http.Request.Path.Value ?? "/"))
        {
            case PreviewResponse.Events:
                await StreamEventsAsync(http, site);
                return;
            case PreviewResponse.Rejected:
                response.StatusCode = StatusCodes.Status400BadRequest;
                await response.WriteAsync("bad request path\n");
                return;
            case PreviewResponse.Redirect redirect:
                response.StatusCode = StatusCodes.Status302Found;
                response.Headers.Location = redirect.Location;
                return;
            case PreviewResponse.Found found:
                await SendAsync(response, StatusCodes.Status200OK, found.ContentType, found.Bytes, site);
                return;
            case PreviewResponse.NotFound notFound:
                var page = notFound.Page ?? Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>404</title></head><body><h1>404</h1></body></html>\n");
                await SendAsync(response, StatusCodes.Status404NotFound, "text/html; charset=utf-8", page, site);
                return;
        }
    }

    private static Task SendAsync(HttpResponse response, int status, string contentType, byte[] bytes, PreviewSite site)
    {
        if (contentType.StartsWith("text/html", StringComparison.Ordinal)) bytes = ReloadInjection.Inject(bytes, site);
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        return HttpMethods.IsHead(response.HttpContext.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(bytes).AsTask();
    }

    /// <summary>Server-sent events: one 'reload' when the site is rebuilt after the version the page showed.</summary>
    private async Task StreamEventsAsync(HttpContext http, PreviewSite site)
    {
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.Connection = "keep-alive";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var done = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token);
        var seen = int.TryParse(http.Request.Query["v"], out var v) ? v : site.Version;
        try
        {
            await response.WriteAsync("retry: 1000\n\n", done.Token);
            await response.Body.FlushAsync(done.Token);
            while (true)
            {
                var rebuilt = _loop.Published;
                if (Current.Version != seen)
                {
                    await response.WriteAsync($"event: reload\ndata: {Current.Version}\n\n", done.Token);
                    await response.Body.FlushAsync(done.Token);
                    return;
                }
                // A comment line now and then keeps proxies and the browser from dropping an idle stream.
                await Task.WhenAny(rebuilt, Task.Delay(TimeSpan.FromSeconds(20), done.Token));
                done.Token.ThrowIfCancellationRequested();
                if (!rebuilt.IsCompleted)
                {
                    await response.WriteAsync(": keep-alive\n\n", done.Token);
                    await response.Body.FlushAsync(done.Token);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The tab was closed or the server is stopping.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await _loop.DisposeAsync();
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }
        _stopping.Dispose();
    }
}

/// <summary>A host lifetime that leaves signals alone: the serve command stops the server when System.CommandLine cancels.</summary>
internal sealed class CommandOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
