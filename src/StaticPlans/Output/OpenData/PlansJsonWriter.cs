using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticPlans.Insights.Figures;

namespace StaticPlans.Output.OpenData;

/// <summary>
/// Writes /data/plans.json (shape: docs/schema/plans.schema.json). Plans are ordered by URL (ordinal), sections
/// and figures keep document order, absent metadata is an explicit null, Chinese is written as is (not \u-escaped)
/// and numbers carry no trailing zeros: the same site gives the same bytes.
/// </summary>
public static class PlansJsonWriter
{
    public const int FormatVersion = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static byte[] ToUtf8Bytes(OpenDataSite site)
    {
        using var stream = new MemoryStream();
        Write(stream, site);
        return stream.ToArray();
    }

    public static void Write(Stream output, OpenDataSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteNumber("version", FormatVersion);
        json.WriteStartObject("site");
        json.WriteString("title", site.Title);
        json.WriteString("url", site.BaseUrl);
        json.WriteString("language", site.Language);
        json.WriteEndObject();
        json.WriteStartArray("plans");
        foreach (var plan in site.Plans.OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            WritePlan(json, plan);
            // The writer buffers until flushed: without this it would hold (and regrow) the whole file.
            if (json.BytesPending > 64 * 1024) json.Flush();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePlan(Utf8JsonWriter json, OpenDataPlan plan)
    {
        json.WriteStartObject();
        json.WriteString("title", plan.Title);
        json.WriteNumber("year", plan.Year);
        json.WriteString("kind", plan.Kind);
        json.WriteString("kindName", plan.KindName);
        json.WriteString("date", plan.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        WriteNullable(json, "bureau", plan.Bureau);
        WriteNullable(json, "docNo", plan.DocNo);
        WriteNullable(json, "indexNo", plan.IndexNo);
        json.WriteString("url", plan.Url);
        WriteStrings(json, "topics", plan.Topics);
        WriteNullable(json, "summary", plan.Summary);
        json.WriteStartArray("sections");
        foreach (var section in plan.Sections)
        {
            json.WriteStartObject();
            json.WriteString("id", section.Id);
            json.WriteString("heading", section.Heading);
            json.WriteNumber("level", section.Level);
            WriteStrings(json, "topics", section.Topics);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("figures");
        foreach (var (sectionId, figure) in plan.Figures)
        {
            WriteFigure(json, sectionId, figure);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter json, string? sectionId, Figure figure)
    {
        json.WriteStartObject();
        WriteNullable(json, "sectionId", sectionId);
        json.WriteString("category", CategoryName(figure.Category));
        json.WriteNumber("value", figure.Value);
        if (figure.ValueMax is { } max)
        {
            json.WriteNumber("valueMax", max);
        }
        else
        {
            json.WriteNull("valueMax");
        }
        json.WriteString("unit", figure.Unit);
        json.WriteNumber("normalizedValue", figure.NormalizedValue);
        json.WriteString("baseUnit", figure.BaseUnit);
        json.WriteString("label", figure.Label);
        json.WriteString("sentence", figure.Sentence);
        json.WriteString("matched", figure.Matched);
        WriteNullable(json, "class", ClassName(figure.Class));
        json.WriteEndObject();
    }

    /// <summary>The lower-case name used for a category in plans.json and figures.csv.</summary>
    public static string CategoryName(FigureCategory category) => category switch
    {
        FigureCategory.Money => "money",
        FigureCategory.Count => "count",
        FigureCategory.Percent => "percent",
        FigureCategory.Area => "area",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    /// <summary>The name of a money amount's class in plans.json and figures.csv; null for figures that are not money.</summary>
    public static string? ClassName(MoneyClass moneyClass) => moneyClass switch
    {
        MoneyClass.None => null,
        MoneyClass.Total => "total",
        MoneyClass.Part => "part",
        MoneyClass.Rate => "rate",
        MoneyClass.MultiYear => "multi-year",
        MoneyClass.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(moneyClass)),
    };

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }
}
