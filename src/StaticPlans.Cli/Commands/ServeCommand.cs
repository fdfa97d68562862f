using System.CommandLine;
using System.Runtime.InteropServices;
using StaticPlans.Diagnostics;
using StaticPlans.Loading;
using StaticPlans.Serve;

namespace StaticPlans.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var source = new Option<string>("--source", "-s") { Description = Messages.Text("usage.source"), DefaultValueFactory = _ => "." };
        var port = new Option<int>("--port", "-p") { Description = Messages.Text("usage.serve.port"), DefaultValueFactory = _ => 8080 };
        var host = new Option<string>("--host") { Description = Messages.Text("usage.serve.host"), DefaultValueFactory = _ => "127.0.0.1" };
        var noDrafts = new Option<bool>("--no-drafts") { Description = Messages.Text("usage.serve.no_drafts") };
        var command = new Command("serve", Messages.Text("usage.serve")) { source, port, host, noDrafts };
        command.SetAction(async (parse, cancel) =>
        {
            var src = parse.GetValue(source)!;
            if (!File.Exists(Path.Combine(src, SiteInputs.ConfigFile)))
            {
                Console.Error.WriteLine("staticplans: " + Messages.Text("cli.serve.no_site", ("folder", Path.GetFullPath(src))));
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
                Console.Error.WriteLine("staticplans: " + Messages.Text("cli.serve.cannot", ("address", $"{parse.GetValue(host)}:{parse.GetValue(port)}"), ("reason", e.Message)));
                return ExitCodes.Usage;
            }
            // Ctrl+C and a service manager's SIGTERM both mean "stop cleanly": close the event streams, stop Kestrel.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            void Stop(PosixSignalContext signal) { signal.Cancel = true; stop.Cancel(); }
            using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            await using (server)
            {
                Console.WriteLine(Messages.Text("cli.serve.serving", ("url", server.SiteUrl)));
                try
                {
                    await Task.Delay(Timeout.Infinite, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    Console.WriteLine(Messages.Text("cli.serve.stopping"));
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
