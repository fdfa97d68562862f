using System.Text;

namespace StaticPlans.Loading;

public enum ConversionOutcome { Converted, AlreadyUtf8, NotGb18030 }

/// <summary>
/// Rewrites a GBK/GB18030 file as UTF-8 (no BOM, line endings kept). Safe to run on any file: a valid UTF-8 file is
/// left alone, a file that is not GB18030 either is left alone, and the new content replaces the old in one rename,
/// so the file is never half-written. No backup is kept: GB18030 maps one-to-one onto Unicode, so the conversion
/// loses nothing (it is checked by converting back), and plans live in git.
/// </summary>
public static class Gb18030Conversion
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static Encoding StrictGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>The UTF-8 bytes for <paramref name="bytes"/>, or why there are none.</summary>
    public static (ConversionOutcome Outcome, byte[]? Utf8) Convert(byte[] bytes)
    {
        try
        {
            StrictUtf8.GetString(bytes);
            return (ConversionOutcome.AlreadyUtf8, null);
        }
        catch (DecoderFallbackException)
        {
        }
        var gb = StrictGb18030();
        try
        {
            var text = gb.GetString(bytes);
            if (!gb.GetBytes(text).AsSpan().SequenceEqual(bytes)) return (ConversionOutcome.NotGb18030, null);
            return (ConversionOutcome.Converted, StrictUtf8.GetBytes(text));
        }
        catch (Exception e) when (e is DecoderFallbackException or EncoderFallbackException)
        {
            return (ConversionOutcome.NotGb18030, null);
        }
    }

    public static ConversionOutcome ConvertFile(string path)
    {
        var (outcome, utf8) = Convert(File.ReadAllBytes(path));
        if (outcome != ConversionOutcome.Converted) return outcome;
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.utf8-{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(utf8);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        return outcome;
    }
}
