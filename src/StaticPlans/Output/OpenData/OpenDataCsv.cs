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

    /// <summary>
    /// Writes a file of one row per item of each plan: plans in URL order (ordinal), items in document order, so the same
    /// site gives the same bytes. Each row starts with the plan's URL; the writer <paramref name="cellsOf"/> gives for a
    /// plan writes the row's other cells, each through <see cref="Next"/>.
    /// </summary>
    /// <returns>How many rows (below the header) were written.</returns>
    public static int WritePlanRows<T>(Stream output, IReadOnlyList<string> columns, IEnumerable<OpenDataPlan> plans,
        Func<OpenDataPlan, IReadOnlyList<T>> itemsOf, Func<OpenDataPlan, Action<StreamWriter, T>> cellsOf)
    {
        ArgumentNullException.ThrowIfNull(plans);
        using var writer = Open(output, columns);
        var rows = 0;
        foreach (var plan in plans.OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            var url = Quote(Cell(plan.Url));
            var cells = cellsOf(plan);
            // Cells written one by one, not gathered into a row first: a 10,000-plan site has ~900,000 figure rows.
            foreach (var item in itemsOf(plan))
            {
                writer.Write(url);
                cells(writer, item);
                writer.WriteLine();
                rows++;
            }
        }
        return rows;
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
