namespace StaticPlans.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>One problem found in the input, with the place an editor has to go to fix it.</summary>
/// <param name="File">Path relative to the site folder, with forward slashes, or a theme path.</param>
/// <param name="Line">1-based line; 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
public sealed record Diagnostic(string File, int Line, int Column, string Code, Severity Severity, string Message)
{
    public static Diagnostic Error(string file, int line, int column, string code, string message) =>
        new(file, line, column, code, Severity.Error, message);

    public static Diagnostic Warning(string file, int line, int column, string code, string message) =>
        new(file, line, column, code, Severity.Warning, message);

    /// <summary>The <c>path(line,col): error CODE: message</c> form that editors and CI problem matchers read.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}({Line},{Math.Max(Column, 1)})" : File;
        var kind = Severity == Severity.Error ? "error" : "warning";
        return $"{where}: {kind} {Code}: {Message}";
    }
}
