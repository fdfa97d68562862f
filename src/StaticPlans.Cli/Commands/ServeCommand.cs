using System.CommandLine;
using System.Runtime.InteropServices;
using StaticPlans.Serve;

namespace StaticPlans.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var source = new Option<string>("--source", "-s") { Description = "The site folder (holds site.yml and content/)", DefaultValueFactory = _ => "." };
        var port = new Option<int>("--port", "-p") { Description = "TCP port (0 picks a free one)", DefaultValueFactory = _ => 8080 };
        var host = new Option<string>("--host") { Description = "Address to listen on; the default keeps the preview on this computer", DefaultValueFactory = _ => "127.0.0.1" };
        var noDrafts = new Option<bool>("--no-drafts") { Description = "Leave out plans marked draft: true, as the published site does (by default the preview shows them, marked 草稿)" };
        var command = new Command("serve", "Preview the site: build in memory, serve it, rebuild and reload the browser on every change") { source, port, host, noDrafts };
        command.SetAction(async (parse, cancel) =>
        {
            var src = parse.GetValue(source)!;
            if (!File.Exists(Path.Combine(src, "site.yml")))
            {
                Console.Error.WriteLine($"staticplans: no site.yml in '{Path.GetFullPath(src)}': is --source the site folder?");
                return ExitCodes.Usage;
            }
            PreviewServer server;
            try
            {
                server = await PreviewServer.StartAsync(new PreviewOptions(src, parse.GetValue(host)!, parse.GetValue(port), Console.Out,
                    Drafts: !parse.GetValue(noDrafts)), cancel);
            }
            catch (Exception e) when (e is IOException or ArgumentException or System.Net.Sockets.SocketException)
            {
                Console.Error.WriteLine($"staticplans: cannot serve on {parse.GetValue(host)}:{parse.GetValue(port)}: {e.Message} (try another --port)");
                return ExitCodes.Usage;
            }
            // Ctrl+C and a service manager's SIGTERM both mean "stop cleanly": close the event streams, stop Kestrel.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            void Stop(PosixSignalContext signal) { signal.Cancel = true; stop.Cancel(); }
            using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            await using (server)
            {
                Console.WriteLine($"Serving {server.SiteUrl} (Ctrl+C to stop); watching site.yml, content/, layouts/, assets/, static/, themes/");
                try
                {
                    await Task.Delay(Timeout.Infinite, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    Console.WriteLine("Stopping.");
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
