using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace StaticPlans.Cli;

/// <summary>
/// What <c>--version</c> prints: the version and the commit it was built from (the SDK's source link puts the commit
/// in the informational version as "0.1.0+&lt;sha&gt;"; built outside git there is none, and the line says so).
/// </summary>
internal static class VersionText
{
    public static string Line()
    {
        var informational = typeof(VersionText).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(VersionText).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var plus = informational.IndexOf('+');
        var version = plus >= 0 ? informational[..plus] : informational;
        var commit = plus >= 0 ? informational[(plus + 1)..] : "";
        return $"staticplans {version} ({(commit.Length > 0 ? "commit " + commit[..Math.Min(12, commit.Length)] : "commit unknown")})";
    }

    /// <summary>
    /// "staticplans build --version" (users type it after the command they were about to run) leaves --version
    /// unmatched, as the option belongs to the root; the value of an option (--title --version) is matched.
    /// </summary>
    public static bool RequestedAfterCommand(ParseResult parsed) => parsed.UnmatchedTokens.Contains("--version");

    /// <summary>Replaces the root's --version output (the bare informational version) with <see cref="Line"/>.</summary>
    public sealed class PrintAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Line());
            return ExitCodes.Success;
        }
    }
}
