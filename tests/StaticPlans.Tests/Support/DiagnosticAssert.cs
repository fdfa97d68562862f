using StaticPlans.Diagnostics;

namespace StaticPlans.Tests;

public static class DiagnosticAssert
{
    /// <summary>Exactly one diagnostic with this code, at this place, with this severity; returns it for message checks.</summary>
    public static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, string code, string file, int line, int column, Severity severity)
    {
        var all = diagnostics.ToList();
        var matching = all.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got:\n{string.Join("\n", all)}");
        var d = matching[0];
        Assert.Equal((file, line, column, severity), (d.File, d.Line, d.Column, d.Severity));
        return d;
    }
}
