using System.Text;

namespace StaticPlans.Importing;

/// <summary>What the editor asked for on the command line; null means "find it in the document".</summary>
public sealed record ImportRequest(string SourceFile, string SiteDirectory, int? Year = null, string? Kind = null,
    string? Slug = null, bool Force = false);

/// <summary>A converted plan: where it goes (relative to the site), its full text, and what the import could not decide.</summary>
public sealed record ImportedPlan(string RelativePath, string Text, IReadOnlyList<string> Undecided);

/// <summary>Turns a .docx or .txt file into a plan file under content/plans/&lt;year&gt;/.</summary>
public static class PlanImporter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Reads, converts and writes; returns the written path and the undecided list.</summary>
    /// <exception cref="ImportException">Unreadable input, no year, or an existing file without Force.</exception>
    public static (string Path, ImportedPlan Plan) Import(ImportRequest request)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(request.SourceFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportException($"{request.SourceFile}: cannot be read ({e.Message})");
        }
        var plan = Convert(bytes, request);
        var path = Path.Combine(request.SiteDirectory, plan.RelativePath);
        if (File.Exists(path) && !request.Force)
            throw new ImportException($"{path} already exists; pass --force to overwrite it, or --slug to choose another name");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, plan.Text, Utf8NoBom);
        return (path, plan);
    }

    public static ImportedPlan Convert(byte[] bytes, ImportRequest request)
    {
        var fileName = Path.GetFileName(request.SourceFile);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension == ".docx" && bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
            throw new ImportException($"{fileName}: this is an old Word 97-2003 (.doc) file with a .docx name; open it in Word or WPS and save it as .docx");
        var document = extension switch
        {
            ".docx" => DocxPlanReader.Read(new MemoryStream(bytes, writable: false), fileName),
            ".txt" or ".text" => TextPlanReader.Read(ImportDecoding.Decode(bytes).Text),
            _ => throw new ImportException($"{fileName}: only .docx and .txt files can be imported (save other formats as .docx first)"),
        };
        return Convert(document, request);
    }

    public static ImportedPlan Convert(ImportedDocument document, ImportRequest request)
    {
        var fileName = Path.GetFileName(request.SourceFile);
        var lines = document.Blocks.Select(b => b is ParagraphBlock p ? ImportText.TrimAll(p.Text.PlainText) : null).ToList();
        var titleStyled = Enumerable.Range(0, document.Blocks.Length)
            .Where(i => document.Blocks[i] is ParagraphBlock { IsTitleStyle: true }).Cast<int?>().FirstOrDefault();
        var found = MetadataReader.Read(lines, titleStyled);
        var metadata = found.Metadata with
        {
            Year = request.Year ?? found.Metadata.Year,
            Kind = request.Kind ?? found.Metadata.Kind,
        };
        if (metadata.Year is not int year)
            throw new ImportException($"{fileName}: no year found in the title or the date; pass --year to say which year the plan is for");

        var slug = request.Slug ?? ImportSlug.Choose(fileName, year, metadata.Kind);
        if (!ImportSlug.IsSafe(slug)) throw new ImportException($"--slug '{slug}' is not a safe file name: use a-z, 0-9, '-' and '_'");
        var body = MarkdownComposer.Compose(document, found.MetadataLines);
        var text = FrontMatterWriter.Write(metadata) + "\n" + body;
        var relative = Path.Combine("content", "plans", year.ToString(System.Globalization.CultureInfo.InvariantCulture), slug + ".md");
        return new ImportedPlan(relative, text, Undecided(metadata));
    }

    private static List<string> Undecided(ImportMetadata metadata)
    {
        var placeholder = $"left as \"{FrontMatterWriter.Placeholder}\"";
        var list = new List<string>();
        if (metadata.Title is null) list.Add($"title (标题): no title line found; {placeholder}");
        if (metadata.Kind is null) list.Add($"kind (类别): the title names no 计划, 总结 or 要点; {placeholder}, or pass --kind");
        if (metadata.Date is null) list.Add($"date (成文日期): no date line found; {placeholder}");
        if (metadata.Bureau is null) list.Add("bureau (发文单位): not found; optional, commented out");
        if (metadata.DocNo is null) list.Add("doc_no (文号): not found; optional, commented out");
        return list;
    }
}
