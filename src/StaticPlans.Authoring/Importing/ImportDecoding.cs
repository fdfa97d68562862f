using System.Text;

namespace StaticPlans.Authoring.Importing;

/// <summary>
/// Turns the bytes of a pasted-text file into a string: UTF-8 (with or without BOM) when the bytes are valid UTF-8,
/// otherwise GB18030, which also reads GBK and GB2312, the encodings Chinese Windows editors save in.
/// </summary>
public static class ImportDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public sealed record Decoded(string Text, string EncodingName);

    /// <summary>
    /// The text with Word's manual line break (\v) as a line break and every other control character a plan may not
    /// carry (<see cref="Text.ControlCharacters"/>) removed; page breaks (\f) stay for the reader, which splits pages at them.
    /// </summary>
    public static Decoded Decode(ReadOnlySpan<byte> bytes)
    {
        var decoded = DecodeBytes(bytes);
        if (Text.ControlCharacters.IndexOf(decoded.Text) < 0) return decoded;
        var text = new StringBuilder(decoded.Text.Length);
        for (var i = 0; i < decoded.Text.Length; i++)
        {
            var c = decoded.Text[i];
            if (c is '\v') text.Append('\n');
            else if (c is '\f' || !Text.ControlCharacters.IsUnsafeAt(decoded.Text, i)) text.Append(c);
        }
        return decoded with { Text = text.ToString() };
    }

    private static Decoded DecodeBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new(Encoding.UTF8.GetString(bytes[3..]), "UTF-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new(Encoding.Unicode.GetString(bytes[2..]), "UTF-16");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16");
        try
        {
            return new(StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return new(Gb18030().GetString(bytes), "GB18030");
        }
    }

    private static readonly Lazy<Encoding> Gb18030Encoding = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    });

    public static Encoding Gb18030() => Gb18030Encoding.Value;
}
