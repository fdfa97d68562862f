using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace StaticPlans.BrowserTests;

/// <summary>
/// A tiny static file server on 127.0.0.1 serving a built site under its base path, with single byte ranges
/// (the search client reads posting lists and plan texts with Range requests, as any static host allows).
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly string root;
    private readonly string basePath;

    public StaticSiteServer(string root, string basePath)
    {
        this.root = Path.GetFullPath(root);
        this.basePath = basePath;
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        _ = Task.Run(Loop);
    }

    public int Port { get; }

    public string Url(string sitePath) => $"http://127.0.0.1:{Port}{basePath}{sitePath}";

    /// <summary>Every path requested, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>When true the server answers a range request with the whole file (200), as many plain hosts do.</summary>
    public bool IgnoreRange { get; set; }

    /// <summary>Every response: the path and the body bytes sent.</summary>
    public ConcurrentQueue<(string Path, long Bytes)> Served { get; } = new();

    public void Dispose() => listener.Close();

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private async Task Loop()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (!listener.IsListening)
            {
                return;
            }

            try
            {
                Serve(context);
            }
            catch (HttpListenerException)
            {
                // The browser went away mid-response.
            }
        }
    }

    private void Serve(HttpListenerContext context)
    {
        var response = context.Response;
        string path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        Requests.Enqueue(path);
        string? file = Resolve(path);
        if (file is null)
        {
            response.StatusCode = 404;
            response.Close();
            return;
        }

        byte[] bytes = File.ReadAllBytes(file);
        response.ContentType = ContentType(file);
        response.AddHeader("Accept-Ranges", "bytes");
        int start = 0, end = bytes.Length;
        if (!IgnoreRange && context.Request.Headers["Range"] is { } range && range.StartsWith("bytes=", StringComparison.Ordinal))
        {
            var bounds = range[6..].Split('-');
            start = int.Parse(bounds[0], System.Globalization.CultureInfo.InvariantCulture);
            end = bounds[1].Length == 0 ? bytes.Length : Math.Min(bytes.Length, int.Parse(bounds[1], System.Globalization.CultureInfo.InvariantCulture) + 1);
            response.StatusCode = 206;
            response.AddHeader("Content-Range", $"bytes {start}-{end - 1}/{bytes.Length}");
        }

        response.ContentLength64 = end - start;
        Served.Enqueue((path, end - start));
        response.OutputStream.Write(bytes, start, end - start);
        response.Close();
    }

    private string? Resolve(string path)
    {
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return null;
        }

        string relative = path[basePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        string full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".xml" => "application/xml",
        _ => "application/octet-stream",
    };
}
