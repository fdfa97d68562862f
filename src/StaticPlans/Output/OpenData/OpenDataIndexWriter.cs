using System.Text.Json;

namespace StaticPlans.Output.OpenData;

/// <summary>One written open-data file as the index lists it.</summary>
/// <param name="Url">The file's absolute URL.</param>
/// <param name="Bytes">Its size, so a reader knows what a download costs before starting it.</param>
public sealed record OpenDataFile(string Url, long Bytes);

/// <summary>A plans file, its sections file and its figures file: one year's, or (<see cref="Year"/> null) the whole site's.</summary>
/// <param name="Zipped">The sections and figures files are their CSVs in ZIP archives (a year's), not the CSVs themselves.</param>
public sealed record OpenDataSet(int? Year, int Plans, int Sections, int Figures, OpenDataFile PlansJson, OpenDataFile SectionsFile,
    OpenDataFile FiguresFile, bool Zipped);

/// <summary>
/// Writes /data/index.json (shape: docs/schema/index.schema.json): the site, the schemas' URLs, and each year's
/// files (plans JSON, sections ZIP, figures ZIP) with their sizes and counts, newest year first; "all" is the single three files of every year when
/// site.yml asks for it (open_data: single_file), else null. Small whatever the site: one entry a year.
/// </summary>
public static class OpenDataIndexWriter
{
    public static void Write(Stream output, OpenDataSite site, string plansSchemaUrl, string indexSchemaUrl,
        IReadOnlyList<OpenDataSet> years, OpenDataSet? all)
    {
        using var json = new Utf8JsonWriter(output, PlansJsonWriter.Options);
        json.WriteStartObject();
        json.WriteNumber("version", PlansJsonWriter.FormatVersion);
        PlansJsonWriter.WriteSite(json, site);
        json.WriteStartObject("schemas");
        json.WriteString("plans", plansSchemaUrl);
        json.WriteString("index", indexSchemaUrl);
        json.WriteEndObject();
        json.WriteStartArray("years");
        foreach (var year in years) WriteSet(json, year);
        json.WriteEndArray();
        if (all is null)
        {
            json.WriteNull("all");
        }
        else
        {
            json.WritePropertyName("all");
            WriteSet(json, all);
        }
        json.WriteEndObject();
    }

    private static void WriteSet(Utf8JsonWriter json, OpenDataSet set)
    {
        json.WriteStartObject();
        if (set.Year is { } year) json.WriteNumber("year", year);
        else json.WriteNull("year");
        json.WriteNumber("plans", set.Plans);
        json.WriteNumber("sections", set.Sections);
        json.WriteNumber("figures", set.Figures);
        WriteFile(json, "plansJson", set.PlansJson);
        WriteFile(json, set.Zipped ? "sectionsZip" : "sectionsCsv", set.SectionsFile);
        WriteFile(json, set.Zipped ? "figuresZip" : "figuresCsv", set.FiguresFile);
        json.WriteEndObject();
    }

    private static void WriteFile(Utf8JsonWriter json, string name, OpenDataFile file)
    {
        json.WriteStartObject(name);
        json.WriteString("url", file.Url);
        json.WriteNumber("bytes", file.Bytes);
        json.WriteEndObject();
    }
}
