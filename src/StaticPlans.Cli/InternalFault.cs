using StaticPlans.Diagnostics;
namespace StaticPlans.Cli;

/// <summary>
/// The last line of defence: every problem with a site is a diagnostic, so an exception that reaches the top is a
/// fault in StaticPlans. The user gets one line saying so and exit code 70; the stack trace only with --verbose.
/// </summary>
internal static class InternalFault
{
    public static async Task<int> GuardAsync(Func<Task<int>> run, bool verbose, TextWriter error)
    {
        try
        {
            return await run();
        }
        catch (Exception e)
        {
            var cause = e is AggregateException { InnerExceptions.Count: 1 } one ? one.InnerExceptions[0] : e;
            var message = string.Join(' ', cause.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            error.WriteLine("staticplans: " + Messages.Text(verbose ? "cli.internal_error" : "cli.internal_error.brief", ("type", cause.GetType().Name), ("reason", message)));
            if (verbose) error.WriteLine(e.ToString());
            return ExitCodes.InternalError;
        }
    }
}
