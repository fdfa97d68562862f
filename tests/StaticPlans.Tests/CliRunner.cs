using System.Diagnostics;

namespace StaticPlans.Tests;

/// <summary>Runs the built CLI as a user would, in its own process, and returns exit code and output.</summary>
public static class CliRunner
{
    /// <summary>The CLI's messages follow the system language; tests that read English text must not depend on the machine's.</summary>
    public static ProcessStartInfo InEnglish(ProcessStartInfo start)
    {
        start.Environment.Remove("LC_ALL");
        start.Environment.Remove("LC_MESSAGES");
        start.Environment["LANG"] = "en_US.UTF-8";
        return start;
    }

    private static string CliDll => Path.Combine(AppContext.BaseDirectory, "StaticPlans.Cli.dll");

    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDir, params string[] args) =>
        Run(workingDir, new Dictionary<string, string>(), args);

    /// <summary>
    /// Runs in English whatever the machine's locale (LANG=en_US.UTF-8, no LC_ALL or LC_MESSAGES), unless
    /// <paramref name="environment"/> sets them: tests of messages choose their language explicitly.
    /// </summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDir, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDir, RedirectStandardOutput = true, RedirectStandardError = true };
        InEnglish(start);
        foreach (var (name, value) in environment) start.Environment[name] = value;
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
