using System.Text;
using StaticPlans.Diagnostics;
using StaticPlans.Text;

namespace StaticPlans.Loading;

/// <summary>
/// Strict UTF-8 decoding: offices often save GBK, which must be reported, not turned into mojibake. Control characters
/// no page or feed may carry (<see cref="ControlCharacters"/>) are replaced by a space, with a warning at each line
/// holding one: a space keeps every later line and column of the file right, and Markdown reads \v and \f as spaces.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(byte[] bytes, string file, ICollection<Diagnostic> diagnostics)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            var text = Strict.GetString(bytes, start, bytes.Length - start);
            return ControlCharacters.IndexOf(text) < 0 ? text : ReplaceControls(text, file, diagnostics);
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Max(0, e.Index);
            var (line, col) = LocateBytes(bytes, start, start + offset);
            diagnostics.Add(Diagnostic.Error(file, line, col, DiagnosticCodes.NotUtf8,
                Messages.Text("SP0111", ("file", file))));
            return null;
        }
    }

    private const int MaxControlWarnings = 20;

    private static string ReplaceControls(string text, string file, ICollection<Diagnostic> diagnostics)
    {
        var result = new StringBuilder(text);
        var (line, lineStart, lastWarnedLine, warned, moreLines) = (1, 0, 0, 0, 0);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') { line++; lineStart = i + 1; continue; }
            if (!ControlCharacters.IsUnsafeAt(text, i)) continue;
            result[i] = ' ';
            if (line == lastWarnedLine) continue;
            lastWarnedLine = line;
            if (warned++ >= MaxControlWarnings) { moreLines++; continue; }
            diagnostics.Add(Diagnostic.Warning(file, line, i - lineStart + 1, DiagnosticCodes.ControlCharacter,
                Messages.Text("SP0213.text", ("name", ControlCharacters.Name(text[i])))));
        }
        if (moreLines > 0)
        {
            diagnostics.Add(Diagnostic.Warning(file, lastWarnedLine, 1, DiagnosticCodes.ControlCharacter,
                Messages.Text("SP0213.more", ("count", moreLines))));
        }

        return result.ToString();
    }

    private static (int Line, int Column) LocateBytes(byte[] bytes, int start, int badOffset)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i < Math.Min(badOffset, bytes.Length); i++)
        {
            if (bytes[i] == '\n') { line++; lineStart = i + 1; }
        }
        var prefix = new UTF8Encoding(false, false).GetString(bytes, lineStart, Math.Max(0, badOffset - lineStart));
        return (line, prefix.Length + 1);
    }
}
