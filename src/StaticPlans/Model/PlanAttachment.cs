namespace StaticPlans.Model;

/// <summary>
/// A file published with a plan (the signed PDF, the OFD original): copied into the plan's folder and listed on its
/// page with its type and size.
/// </summary>
/// <param name="SourcePath">Site-relative path of the file, forward slashes.</param>
/// <param name="Name">Its path relative to the plan's folder, and so to the plan's page.</param>
/// <param name="Bytes">Its size, shown to readers before they download it.</param>
public sealed record PlanAttachment(string SourcePath, string Name, long Bytes)
{
    /// <summary>What readers are told the file is: the formats government sites publish, else the extension.</summary>
    public string Type => Extension switch
    {
        "pdf" => "PDF",
        "ofd" => "OFD",
        "doc" or "docx" or "wps" => "Word",
        "xls" or "xlsx" or "et" => "Excel",
        "zip" => "ZIP",
        "" => "文件",
        var other => other.ToUpperInvariant(),
    };

    /// <summary>The Content-Type a link may announce.</summary>
    public string MediaType => Extension switch
    {
        "pdf" => "application/pdf",
        "ofd" => "application/ofd",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls" => "application/vnd.ms-excel",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    };

    private string Extension => System.IO.Path.GetExtension(Name).TrimStart('.').ToLowerInvariant();

    /// <summary>"820 KB", "1.4 MB": invariant digits, so every build prints the same.</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Math.Max(1, (int)Math.Round(bytes / 1024.0))} KB"),
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB"),
    };
}
