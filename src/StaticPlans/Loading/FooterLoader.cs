using StaticPlans.Building;
using StaticPlans.Diagnostics;
using StaticPlans.Model;
using YamlDotNet.RepresentationModel;

namespace StaticPlans.Loading;

/// <summary>Reads site.yml's <c>footer:</c> (主办单位, 备案号, 网站标识码 …) and checks the 开办者标识 is a file of the site.</summary>
internal static class FooterLoader
{
    public const string Key = "footer";

    /// <summary>site.yml key → what it is, in the order the theme shows them.</summary>
    public static readonly IReadOnlyList<string> Keys =
        ["sponsor", "organizer", "phone", "address", "icp", "police_record", "site_code", "badge", "badge_link"];

    public static SiteFooter Read(string siteRoot, YamlNode? node, ICollection<Diagnostic> diagnostics)
    {
        if (node is null || node is YamlScalarNode { Value: null or "" }) return SiteFooter.Empty;
        if (node is not YamlMappingNode map)
        {
            Error(diagnostics, node, DiagnosticCodes.FooterInvalid,
                Messages.Text("SP0030.mapping"));
            return SiteFooter.Empty;
        }
        var values = new Dictionary<string, (string Value, YamlNode Node)>(StringComparer.Ordinal);
        foreach (var (key, keyNode, value) in YamlDocument.Entries(map))
        {
            if (!Keys.Contains(key))
            {
                var (line, col) = YamlDocument.Position(keyNode, 0);
                diagnostics.Add(Diagnostic.Warning(SiteInputs.ConfigFile, line, col, DiagnosticCodes.FooterUnknownKey,
                    Suggestions.UnknownKey("SP0031", key, Keys)));
                continue;
            }
            if (YamlDocument.Scalar(value)?.Trim() is { Length: > 0 } text) values[key] = (text, value);
        }
        string? Get(string key) => values.TryGetValue(key, out var v) ? v.Value : null;

        var badge = Get("badge");
        if (badge is not null && !IsBadgeFile(siteRoot, badge, values["badge"].Node, diagnostics)) badge = null;
        else if (badge is not null) badge = badge.TrimStart('/');
        var badgeLink = Get("badge_link");
        if (badgeLink is not null && !IsWebLink(badgeLink))
        {
            Error(diagnostics, values["badge_link"].Node, DiagnosticCodes.FooterInvalid,
                Messages.Text("SP0030.badge_link", ("value", badgeLink)));
            badgeLink = null;
        }
        return new SiteFooter(Get("sponsor"), Get("organizer"), Get("phone"), Get("address"), Get("icp"), Get("police_record"),
            Get("site_code"), badge, badgeLink);
    }

    /// <summary>The 开办者标识 must be a regular file under static/: a page never loads another host's image.</summary>
    private static bool IsBadgeFile(string siteRoot, string badge, YamlNode node, ICollection<Diagnostic> diagnostics)
    {
        if (badge.Contains("://", StringComparison.Ordinal) || badge.StartsWith("//", StringComparison.Ordinal))
        {
            Error(diagnostics, node, DiagnosticCodes.FooterBadgeNotLocal,
                Messages.Text("SP0032.other_host", ("badge", badge)));
            return false;
        }
        var relative = badge.TrimStart('/');
        var staticDir = Path.GetFullPath(Path.Combine(siteRoot, SiteInputs.StaticFolder));
        var full = Path.GetFullPath(Path.Combine(staticDir, relative));
        var inside = full.StartsWith(staticDir + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        var info = new FileInfo(full);
        if (!inside || !info.Exists || info.LinkTarget is not null)
        {
            Error(diagnostics, node, DiagnosticCodes.FooterBadgeNotLocal,
                Messages.Text("SP0032.missing", ("badge", badge), ("path", relative)));
            return false;
        }
        return true;
    }

    private static bool IsWebLink(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static void Error(ICollection<Diagnostic> diagnostics, YamlNode node, string code, string message)
    {
        var (line, col) = YamlDocument.Position(node, 0);
        diagnostics.Add(Diagnostic.Error(SiteInputs.ConfigFile, Math.Max(line, 1), col, code, message));
    }
}
