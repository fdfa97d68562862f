namespace StaticPlans.Model;

/// <summary>Front matter of one plan after validation; absent optional fields are null.</summary>
public sealed record PlanFields(
    string Title,
    int Year,
    string Kind,
    DateOnly Date,
    string? Bureau,
    string? DocNo,
    string? IndexNo,
    IReadOnlyList<string> Topics,
    string? Summary,
    string Slug,
    bool Draft,
    DateOnly? Updated = null,
    IReadOnlyList<PlanAttachmentRef>? Attachments = null,
    string? Language = null);

/// <summary>A file named in 'attachments:', relative to the plan's folder, and where the editor wrote it.</summary>
public sealed record PlanAttachmentRef(string Path, int Line, int Column);

/// <summary>
/// A plan file as loaded: validated fields plus the Markdown body and where it starts in the file. The model's input,
/// declared here so that the loader makes it and the model reads it without the model depending on the loader.
/// </summary>
/// <param name="SlugAt">Where the 'slug:' value is (line 1 when the slug is the file name), for URL clashes.</param>
public sealed record LoadedPlan(string SourcePath, PlanFields Fields, string Body, int BodyLineOffset, (int Line, int Column) SlugAt = default);
