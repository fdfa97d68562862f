using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using StaticPlans.Serve;

namespace StaticPlans.BrowserTests;

/// <summary>
/// A built site served as any static host serves it: Kestrel's static files on 127.0.0.1 (a free port the system
/// picks) under the site's base path, folders answered by their index.html, byte ranges honoured (the search client
/// reads posting lists and plan texts with Range requests), content types as serve sends them.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private readonly WebApplication _app;
    private readonly string _basePath;

    public StaticSiteServer(string root, string basePath)
    {
        _basePath = basePath;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Urls.Add("http://127.0.0.1:0");
        _app.Use((context, next) =>
        {
            Requests.Enqueue(context.Request.Path.Value ?? "");
            if (IgnoreRange) context.Request.Headers.Remove("Range");
            return next(context);
        });
        _app.UseFileServer(new FileServerOptions
        {
            FileProvider = new PhysicalFileProvider(Path.GetFullPath(root)),
            RequestPath = basePath.TrimEnd('/'),
            StaticFileOptions =
            {
                ContentTypeProvider = ContentTypes.Provider,
                // Text as UTF-8, as serve says it; and nothing cached, so every test sees every request the page makes.
                OnPrepareResponse = file =>
                {
                    file.Context.Response.ContentType = ContentTypes.For(file.File.Name);
                    file.Context.Response.Headers.CacheControl = "no-store";
                },
            },
        });
        _app.StartAsync().GetAwaiter().GetResult();
        // Port 0 at bind time: Kestrel takes the port the system gives, so no other process can grab it in between.
        Port = new Uri(_app.Urls.Single()).Port;
    }

    public int Port { get; }

    public string Url(string sitePath) => $"http://127.0.0.1:{Port}{_basePath}{sitePath}";

    /// <summary>Every path requested, in order (decoded).</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>When true the server answers a range request with the whole file (200), as many plain hosts do.</summary>
    public bool IgnoreRange { get; set; }

    public void Dispose()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
