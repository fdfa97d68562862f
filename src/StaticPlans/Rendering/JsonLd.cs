using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticPlans.Model;

namespace StaticPlans.Rendering;

/// <summary>
/// schema.org metadata for a plan page: a Report published by a GovernmentOrganization, with its date and keywords.
/// The encoder keeps Chinese readable but escapes &lt;, &gt; and &amp;, so the JSON cannot close its script element.
/// </summary>
public static class JsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private const string Open = "<script type=\"application/ld+json\">";
    private const string Close = "</script>";

    // One buffer and writer per thread, reset for each plan: the JSON is decoded straight into the element's string,
    // where a stream, its copy and the decoded text made four copies of it (7 MB per 1,000 plans).
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    public static RawHtml Report(PageContext ctx, Plan plan, IEnumerable<string> keywords)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>();
        buffer.ResetWrittenCount();
        var json = _writer ??= new Utf8JsonWriter(buffer, Options);
        json.Reset(buffer);
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "Report");
            json.WriteString("name", plan.Title);
            json.WriteString("headline", plan.Title);
            json.WriteString("url", ctx.Urls.Absolute(plan.Path));
            json.WriteString("inLanguage", ctx.Config.Language);
            json.WriteString("datePublished", plan.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("temporalCoverage", plan.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("genre", plan.KindName);
            json.WriteString("keywords", string.Join(",", keywords));
            if (plan.DocNo is { Length: > 0 } docNo)
            {
                json.WriteString("reportNumber", docNo);
            }
            if (plan.Summary.Length > 0)
            {
                json.WriteString("description", plan.Summary);
            }
            json.WriteStartObject("publisher");
            json.WriteString("@type", "GovernmentOrganization");
            json.WriteString("name", plan.Bureau);
            json.WriteEndObject();
            json.WriteStartObject("author");
            json.WriteString("@type", "GovernmentOrganization");
            json.WriteString("name", plan.Bureau);
            json.WriteEndObject();
            json.WriteEndObject();
            json.Flush();
        }
        var utf8 = buffer.WrittenSpan;
        var html = string.Create(Open.Length + Encoding.UTF8.GetCharCount(utf8) + Close.Length, buffer, static (span, b) =>
        {
            Open.CopyTo(span);
            var written = Encoding.UTF8.GetChars(b.WrittenSpan, span[Open.Length..]);
            Close.CopyTo(span[(Open.Length + written)..]);
        });
        return new RawHtml(html);
    }
}
