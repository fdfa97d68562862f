using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticPlans.Insights.Figures;

namespace StaticPlans.Output.OpenData;

/// <summary>
/// Writes a plans file, /data/plans-2024.json for one year or /data/plans.json for all (shape:
/// docs/schema/plans.schema.json): each plan's metadata, the catalogue of the year. Not its sections, which
/// sections-2024.csv (in sections-2024.zip) lists, nor its figures (figures-2024.csv, in figures-2024.zip), nor any
/// text the plan pages publish in full. A year's file states its year once, at the top, not on every plan; the file
/// of every year gives each plan its year. Plans are ordered by URL (ordinal), absent metadata is an explicit null,
/// Chinese is written as is (not \u-escaped): the same site gives the same bytes.
/// </summary>
public static class PlansJsonWriter
{
    /// <summary>
    /// 4: the sections in their own CSV (sections-2024.zip), a year's plans without a year each; 3: a year's figures
    /// CSV in a ZIP archive (index.json's figuresZip); 2: one file per year, figures only in the CSV files; 1: one file
    /// with every figure and sentence.
    /// </summary>
    public const int FormatVersion = 4;

    /// <summary>The writer options of every open-data JSON file: compact, Chinese as is.</summary>
    internal static readonly JsonWriterOptions Options = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static byte[] ToUtf8Bytes(OpenDataSite site, int? year = null)
    {
        using var stream = new MemoryStream();
        Write(stream, site, year);
        return stream.ToArray();
    }

    /// <param name="year">The year every plan of <paramref name="site"/> is about (stated once, not per plan); null for a
    /// file of all years, whose plans each give theirs.</param>
    public static void Write(Stream output, OpenDataSite site, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteNumber("version", FormatVersion);
        WriteSite(json, site);
        if (year is { } y) json.WriteNumber("year", y);
        else json.WriteNull("year");
        json.WriteStartArray("plans");
        foreach (var plan in site.Plans.OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            WritePlan(json, plan, withYear: year is null);
            // The writer buffers until flushed: without this it would hold (and regrow) the whole file.
            if (json.BytesPending > 64 * 1024) json.Flush();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The "site" object every open-data JSON file starts with.</summary>
    internal static void WriteSite(Utf8JsonWriter json, OpenDataSite site)
    {
        json.WriteStartObject("site");
        json.WriteString("title", site.Title);
        json.WriteString("url", site.BaseUrl);
        json.WriteString("language", site.Language);
        json.WriteEndObject();
    }

    private static void WritePlan(Utf8JsonWriter json, OpenDataPlan plan, bool withYear)
    {
        json.WriteStartObject();
        json.WriteString("title", plan.Title);
        if (withYear) json.WriteNumber("year", plan.Year);
        json.WriteString("kind", plan.Kind);
        json.WriteString("kindName", plan.KindName);
        json.WriteString("date", plan.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        WriteNullable(json, "bureau", plan.Bureau);
        WriteNullable(json, "docNo", plan.DocNo);
        WriteNullable(json, "indexNo", plan.IndexNo);
        json.WriteString("url", plan.Url);
        WriteStrings(json, "topics", plan.Topics);
        WriteNullable(json, "summary", plan.Summary);
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
