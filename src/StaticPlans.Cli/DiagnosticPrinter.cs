using StaticPlans.Diagnostics;
using StaticPlans.Text;

namespace StaticPlans.Cli;

/// <summary>Writes diagnostics in the form editors and CI problem matchers read, errors and warnings counted.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        // File names and messages quote content: its control characters must not drive the terminal.
        foreach (var d in diagnostics) writer.WriteLine(ControlCharacters.ForTerminal(d.ToString()));
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        if (diagnostics.Count > 0) writer.WriteLine(Messages.Text("cli.summary", ("errors", Messages.Count(errors, "error")), ("warnings", Messages.Count(warnings, "warning"))));
    }
}
