using System.Text.RegularExpressions;

namespace StaticPlans.Authoring.Importing;

/// <summary>
/// What a document-sharing site wraps around a document when it is copied from the page: uploader and document
/// number lines, "第1页 / 共6页" page viewers, "….docx_第1页" image captions, "展开阅读全文", related-document lists,
/// breadcrumbs, copyright and licence footers. None of it is the bureau's text.
/// </summary>
public static partial class SiteChrome
{
    /// <summary>A line that is chrome wherever it stands.</summary>
    [GeneratedRegex(@"^(?:[-–—•·]\s*)?(?:上传人|上傳人|文档编号|文檔編號|上传时间|上傳時間|当前位置|當前位置|下载积分|资源描述|資源描述|返回\s*下载|点击查看更多|點擊查看更多|展开阅读全文|展開閱讀全文|亲[,，]该文档总共|相关资源|相關資源|相关搜索|相關搜索|相关推荐|相關推薦|相关文章|相關文章|本站为文档|本站只提供|电脑版|電腦版|工信部备案|经营许可证|客服QQ)")]
    private static partial Regex ChromeStart();

    [GeneratedRegex(@"版权所有|版權所有|ICP备|ICP證|ICP证|公网安备|公網安備|由会员分享|由會員分享|请在.{0,40}上搜索|©\s*\d{4}|[Cc]opyright|^【.{1,40}】\s*相[关關]文章|\.(?:docx?|pdf|wps|txt)$")]
    private static partial Regex ChromeAnywhere();

    /// <summary>A marker after which the page holds only the site's own lists and footer.</summary>
    [GeneratedRegex(@"^(?:[-–—•·]\s*)?(?:展开阅读全文|展開閱讀全文|相关资源|相關資源|相关搜索|相關搜索|相关推荐|相關推薦|【.{1,40}】\s*相[关關]文章|相关文章|相關文章)")]
    private static partial Regex TailMarker();

    /// <summary>The sharing site's name of the document, 《…》 in its "由会员分享" line: the same words on their own line are its caption.</summary>
    [GeneratedRegex(@"《([^》]{2,80})》\s*由[会會]员分享")]
    private static partial Regex SharedName();

    private static bool IsProse(string line)
    {
        var text = ImportText.TrimAll(line);
        return text.Length > 0 && ImportText.EndsSentence(text[^1]) && text[^1] is not ':' and not '：' && !IsChrome(text);
    }

    /// <summary>A page viewer's caption, "….docx_第2页": where it stands a page ends, as a "第2页" line says.</summary>
    [GeneratedRegex(@"_(第\s*\d+\s*页)$")]
    private static partial Regex PageCaption();

    public static bool IsChrome(string line)
    {
        var text = ImportText.TrimAll(line);
        return text.Length > 0 && (ChromeStart().IsMatch(text) || ChromeAnywhere().IsMatch(text));
    }

    /// <summary>
    /// The lines of <paramref name="text"/> without chrome. A tail marker in the second half of the text cuts off
    /// everything after it: related-document titles, breadcrumbs and footers look like short lines of any kind. Only
    /// when no sentence of prose follows: a document that goes on after the marker keeps its text.
    /// </summary>
    public static List<string> Strip(IReadOnlyList<string> lines)
    {
        var total = lines.Sum(l => l.Length);
        var names = lines.Select(l => SharedName().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value.Trim()).ToHashSet();
        var kept = new List<string>();
        var seen = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = ImportText.TrimAll(line);
            seen += line.Length;
            if (TailMarker().IsMatch(text) && seen * 2 > total && !lines.Skip(i + 1).Any(IsProse)) break;
            // Kept as a page marker, so the page break is read as one (PageDebris), not as a paragraph break.
            if (PageCaption().Match(text) is { Success: true } caption) kept.Add(caption.Groups[1].Value);
            else if (!IsChrome(text) && !names.Contains(text)) kept.Add(line);
        }
        return kept;
    }
}
