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

    public static RawHtml Report(PageContext ctx, Plan plan, IEnumerable<string> keywords)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
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
        }
        return new RawHtml("<script type=\"application/ld+json\">" + System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "</script>");
    }
}
