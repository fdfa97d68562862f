using System.Text;

namespace StaticPlans.Output.OpenData;

/// <summary>
/// The open data's one CSV dialect, shared by the figures and sections files: UTF-8 with a byte-order mark (so
/// spreadsheet programs read Chinese correctly), RFC 4180 quoting, CRLF line ends, and a text cell that a spreadsheet
/// would read as a formula (it starts with =, +, -, @, a tab or a carriage return: OWASP's CSV-injection rule) behind
/// a leading apostrophe.
/// </summary>
internal static class OpenDataCsv
{
    /// <summary>What <paramref name="write"/> writes, as bytes.</summary>
    public static byte[] ToUtf8Bytes(Func<Stream, int> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    /// <summary>A writer in the dialect over <paramref name="output"/>, which stays open; its header row written.</summary>
    public static StreamWriter Open(Stream output, IReadOnlyList<string> columns)
    {
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        for (var i = 0; i < columns.Count; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(Quote(columns[i]));
        }
        writer.WriteLine();
        return writer;
    }

    /// <summary>A cell after the row's first: the separator, then the cell quoted.</summary>
    public static void Next(StreamWriter writer, string cell)
    {
        writer.Write(',');
        writer.Write(Quote(cell));
    }

    /// <summary>A text cell a spreadsheet shows as text, never evaluates.</summary>
    public static string Cell(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled.</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
