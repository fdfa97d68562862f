using System.Text;
using StaticPlans.Diagnostics;
using StaticPlans.Loading;

namespace StaticPlans.Authoring.Importing;

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
            throw new ImportException(Messages.Text("import.unreadable", ("file", request.SourceFile), ("reason", e.Message)));
        }
        var plan = Convert(bytes, request);
        var path = Path.Combine(request.SiteDirectory, plan.RelativePath);
        if (File.Exists(path) && !request.Force)
            throw new ImportException(Messages.Text("import.exists", ("path", path)));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, plan.Text, Utf8NoBom);
        return (path, plan);
    }

    public static ImportedPlan Convert(byte[] bytes, ImportRequest request)
    {
        var fileName = Path.GetFileName(request.SourceFile);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension == ".docx" && bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
            throw new ImportException(Messages.Text("import.old_doc", ("file", fileName)));
        var document = extension switch
        {
            ".docx" => DocxPlanReader.Read(new MemoryStream(bytes, writable: false), fileName),
            ".txt" or ".text" => TextPlanReader.Read(ImportDecoding.Decode(bytes).Text),
            _ => throw new ImportException(Messages.Text("import.type", ("file", fileName))),
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
            throw new ImportException(Messages.Text("import.no_year", ("file", fileName)));
        // With the site's kinds at hand (a site.yml that loads), no kind the build would refuse is written.
        var config = SiteConfigLoader.Load(request.SiteDirectory, new List<Diagnostic>());
        if (request.Kind is { } asked && config is not null && PlanFormat.KindProblem(asked, config) is { } kindProblem)
            throw new ImportException(Messages.Text("import.kind", ("problem", kindProblem)));
        string? unknownKind = null;
        if (metadata.Kind is { } kind && config is not null && PlanFormat.KindProblem(kind, config) is not null)
            (unknownKind, metadata) = (kind, metadata with { Kind = null });

        var slug = request.Slug ?? ImportSlug.Choose(fileName, year, metadata.Kind ?? unknownKind);
        if (PlanFormat.SlugProblem(slug) is { } problem)
            throw new ImportException(Messages.Text("import.slug", ("slug", slug), ("problem", problem)));
        var body = MarkdownComposer.Compose(document, found.MetadataLines);
        var text = FrontMatterWriter.Write(metadata) + "\n" + body;
        var relative = PlanFormat.PlanPath(year, slug);
        return new ImportedPlan(relative, text, Undecided(metadata, unknownKind));
    }

    private static List<string> Undecided(ImportMetadata metadata, string? unknownKind)
    {
        var placeholder = ("placeholder", (object?)PlanFormat.Placeholder);
        var list = new List<string>();
        if (metadata.Title is null) list.Add(Messages.Text("import.undecided.title", placeholder));
        if (unknownKind is not null) list.Add(Messages.Text("import.undecided.kind_unknown", ("kind", unknownKind), placeholder));
        else if (metadata.Kind is null) list.Add(Messages.Text("import.undecided.kind", placeholder));
        if (metadata.Date is null) list.Add(Messages.Text("import.undecided.date", placeholder));
        if (metadata.Bureau is null) list.Add(Messages.Text("import.undecided.bureau"));
        if (metadata.DocNo is null) list.Add(Messages.Text("import.undecided.doc_no"));
        return list;
    }
}
