using System.Text;
using StaticPlans.Diagnostics;

namespace StaticPlans.Loading;

/// <summary>Strict UTF-8 decoding: offices often save GBK, which must be reported, not turned into mojibake.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(byte[] bytes, string file, ICollection<Diagnostic> diagnostics)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Max(0, e.Index);
            var (line, col) = LocateBytes(bytes, start, start + offset);
            diagnostics.Add(Diagnostic.Error(file, line, col, DiagnosticCodes.NotUtf8,
                "file is not UTF-8 (probably GBK/GB18030, as saved by many Chinese Windows programs); " +
                $"convert it with 'staticplans convert-encoding {file}' or save it as UTF-8 in your editor"));
            return null;
        }
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
