using System.Diagnostics;

namespace StaticPlans.Tests;

/// <summary>Runs the built CLI as a user would, in its own process, and returns exit code and output.</summary>
public static class CliRunner
{
    private static string CliDll => Path.Combine(AppContext.BaseDirectory, "StaticPlans.Cli.dll");

    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDir, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDir, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"staticplans {string.Join(' ', args)} did not finish");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
