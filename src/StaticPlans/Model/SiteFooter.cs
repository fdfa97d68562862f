namespace StaticPlans.Model;

/// <summary>
/// What a Chinese government site shows at the foot of every page (政府网站发展指引, 国办发〔2017〕47号): who runs it,
/// how to reach them, and its registrations. Every field is optional; a missing one is simply not shown.
/// </summary>
/// <param name="Sponsor">主办单位.</param>
/// <param name="Organizer">承办单位.</param>
/// <param name="Phone">联系电话.</param>
/// <param name="Address">地址.</param>
/// <param name="Icp">ICP 备案号, e.g. 滇ICP备12345678号-1; linked to the MIIT query site.</param>
/// <param name="PoliceRecord">公安机关备案号, e.g. 滇公网安备 53042602000001号; linked to its own record page.</param>
/// <param name="SiteCode">政府网站标识码.</param>
/// <param name="Badge">开办者标识 image: a path under static/ (never another host's image).</param>
/// <param name="BadgeLink">Where the 开办者标识 links to (a plain link, nothing is loaded from there).</param>
public sealed record SiteFooter(
    string? Sponsor = null,
    string? Organizer = null,
    string? Phone = null,
    string? Address = null,
    string? Icp = null,
    string? PoliceRecord = null,
    string? SiteCode = null,
    string? Badge = null,
    string? BadgeLink = null)
{
    public static SiteFooter Empty { get; } = new();

    /// <summary>The ICP query site of the Ministry of Industry and Information Technology (MIIT).</summary>
    public const string IcpQueryUrl = "https://beian.miit.gov.cn/";

    /// <summary>The public security record page of this site: the record number's digits name it.</summary>
    public string? PoliceRecordUrl => PoliceRecord is null || Digits(PoliceRecord) is not { Length: > 0 } digits
        ? null
        : "http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=" + digits;

    private static string Digits(string text) => string.Concat(text.Where(char.IsAsciiDigit));
}
