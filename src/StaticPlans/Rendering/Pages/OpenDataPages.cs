using StaticPlans.Insights;
using StaticPlans.Insights.Figures;
using StaticPlans.Model;
using StaticPlans.Output;
using StaticPlans.Output.OpenData;

namespace StaticPlans.Rendering.Pages;

/// <summary>
/// The site's open data: for each year /data/plans-2024.json (the plans' metadata), /data/sections-2024.zip (their
/// sections, sections-2024.csv in a ZIP archive) and /data/figures-2024.zip (the figures, figures-2024.csv), the
/// schemas, and /data/index.json listing them with their sizes; with site.yml's open_data: single_file also
/// /data/plans.json, /data/sections.csv and /data/figures.csv (not zipped) of every year.
/// </summary>
public static class OpenDataPages
{
    /// <summary>Every path <see cref="Render"/> writes for <paramref name="site"/>.</summary>
    public static IEnumerable<string> Paths(Site site) =>
        site.Years.SelectMany(y => new[] { SitePaths.PlansJsonOf(y), SitePaths.SectionsZipOf(y), SitePaths.FiguresZipOf(y) })
            .Concat(site.Config.OpenData.SingleFile ? [SitePaths.PlansJson, SitePaths.SectionsCsv, SitePaths.FiguresCsv] : [])
            .Concat([SitePaths.PlansSchema, SitePaths.IndexSchema, SitePaths.DataIndex]);

    /// <summary>
    /// The files, written one after another: the index comes last, once the sink has written (and so measured)
    /// every file it lists. A year's plans are the site's own list of that year, mapped as they are written.
    /// </summary>
    public static IEnumerable<OutputFile> Render(PageContext ctx)
    {
        var site = new OpenDataSite(ctx.Config.Title, ctx.Config.BaseUrl.AbsoluteUri, ctx.Config.Language, []);
        var sets = new List<Func<OpenDataSet?>>();
        foreach (var year in ctx.Site.Years)
        {
            var plans = ctx.Site.PlansOfYear(year);
            foreach (var file in Set(ctx, site, year, plans, SitePaths.PlansJsonOf(year), SitePaths.SectionsZipOf(year), SitePaths.FiguresZipOf(year), sets))
                yield return file;
        }
        if (ctx.Config.OpenData.SingleFile)
        {
            foreach (var file in Set(ctx, site, null, ctx.Site.Plans, SitePaths.PlansJson, SitePaths.SectionsCsv, SitePaths.FiguresCsv, sets))
                yield return file;
        }
        yield return Schema(SitePaths.PlansSchema, "schema/plans.schema.json");
        yield return Schema(SitePaths.IndexSchema, "schema/index.schema.json");
        var written = sets.Select(s => s()).ToList();
        // A sink that stopped writing (a full disk) fails the build; there is no index to write then.
        if (written.Any(s => s is null)) yield break;
        var years = written.Where(s => s!.Year is not null).Select(s => s!).ToList();
        var all = written.FirstOrDefault(s => s!.Year is null);
        yield return OutputFile.Streamed(SitePaths.DataIndex, stream => OpenDataIndexWriter.Write(stream, site,
            ctx.Urls.Absolute(SitePaths.PlansSchema), ctx.Urls.Absolute(SitePaths.IndexSchema), years, all));
    }

    /// <summary>
    /// A plans file, its sections file and its figures file. A year's sections and figures go in ZIP archives: the
    /// figures CSV of a 10,000-plan site is ~9 MB a year and deflates to a tenth of that (the URL and units of each
    /// row repeat), its sections CSV 2.4 MB to 0.15 MB (headings repeat from plan to plan); as JSON inside the plans
    /// files the sections were 25 of the 42 MB of open data. The single files of every year stay plain CSV.
    /// </summary>
    private static IEnumerable<OutputFile> Set(PageContext ctx, OpenDataSite site, int? year, IReadOnlyList<Plan> plans,
        string jsonPath, string sectionsPath, string figuresPath, List<Func<OpenDataSet?>> sets)
    {
        var mapped = new MappedList<Plan, OpenDataPlan>(plans, plan => Map(ctx, plan));
        long? jsonBytes = null, sectionsBytes = null, figuresBytes = null;
        int sections = 0, figures = 0;
        var zipped = year is not null;
        sets.Add(() => jsonBytes is { } j && sectionsBytes is { } s && figuresBytes is { } f
            ? new OpenDataSet(year, plans.Count, sections, figures, new(ctx.Urls.Absolute(jsonPath), j),
                new(ctx.Urls.Absolute(sectionsPath), s), new(ctx.Urls.Absolute(figuresPath), f), zipped)
            : null);
        yield return OutputFile.Streamed(jsonPath, stream =>
        {
            var counting = new CountingStream(stream);
            PlansJsonWriter.Write(counting, site with { Plans = mapped }, year);
            jsonBytes = counting.Written;
        });
        yield return OutputFile.Streamed(sectionsPath, stream =>
            (sections, sectionsBytes) = Csv(stream, year is { } y ? SitePaths.SectionsCsvOf(y) : null, plans,
                output => SectionsCsvWriter.Write(output, mapped)));
        yield return OutputFile.Streamed(figuresPath, stream =>
            (figures, figuresBytes) = Csv(stream, year is { } y ? SitePaths.FiguresCsvOf(y) : null, plans,
                output => FiguresCsvWriter.Write(output, mapped)));
    }

    /// <summary>A CSV file, or (<paramref name="zippedAs"/> given) a ZIP archive holding it under that name.</summary>
    /// <returns>The rows <paramref name="write"/> wrote and the bytes of the file.</returns>
    private static (int Rows, long Bytes) Csv(Stream stream, string? zippedAs, IReadOnlyList<Plan> plans, Func<Stream, int> write)
    {
        var counting = new CountingStream(stream);
        if (zippedAs is null) return (write(counting), counting.Written);
        // One buffer per thread for every year's CSV: fresh ones (9 MB a year at 10,000 plans, grown by
        // doubling) added a sixth to what the render stage allocated.
        var csv = _csv ??= new MemoryStream();
        csv.SetLength(0);
        var rows = write(csv);
        // The archive dates the CSV by the year's latest plan: the same site gives the same bytes.
        SingleEntryZip.Write(counting, Path.GetFileName(zippedAs), plans.Max(p => p.Date), csv.GetBuffer().AsSpan(0, (int)csv.Length));
        return (rows, counting.Written);
    }

    [ThreadStatic] private static MemoryStream? _csv;

    private static OpenDataPlan Map(PageContext ctx, Plan plan) => new(
        plan.Title, plan.Year, plan.Kind, plan.KindName, plan.Date, plan.Bureau, plan.DocNo, plan.IndexNo,
        ctx.Urls.Absolute(plan.Path), plan.Topics, plan.Summary.Length == 0 ? null : plan.Summary,
        new MappedList<Section, OpenDataSection>(plan.Sections, s => new OpenDataSection(s.Id, s.Heading, s.Level, s.Topics)),
        new MappedList<PlanFigure, OpenDataFigure>(ctx.Insights.FiguresOf(plan), f => new OpenDataFigure(f.Section?.Id, f.Figure)));

    /// <summary>A schema shipped inside the tool (docs/schema), so the files and their description never part.</summary>
    private static OutputFile Schema(string path, string resource)
    {
        using var stream = typeof(OpenDataPages).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the tool lacks its {resource}");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new OutputFile(path, buffer.ToArray());
    }
}
