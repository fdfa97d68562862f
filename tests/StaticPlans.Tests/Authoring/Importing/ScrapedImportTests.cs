using System.Text.RegularExpressions;
using StaticPlans.Authoring.Importing;
using StaticPlans.Loading;
using StaticPlans.Tests.Support;
using Xunit.Abstractions;

namespace StaticPlans.Tests.Authoring.Importing;

/// <summary>
/// Importing documents as editors find them on document-sharing sites: the three real ones in ../shared/real-docs and
/// texts of our own in their style (tests/StaticPlans.Tests/Authoring/Importing/Scraped/), each against its hand-cleaned plan.
/// Agreement is defined in <see cref="ImportAgreement"/>.
/// </summary>
public class ScrapedImportTests(ITestOutputHelper output)
{
    private static readonly string OwnFolder = Path.Combine(RepoPaths.Root, "tests", "StaticPlans.Tests", "Authoring", "Importing", "Scraped");

    /// <summary>Site chrome as the sharing sites write it; none of it may survive an import.</summary>
    private static readonly Regex[] Chrome =
    [
        new("上[传傳]人"), new("文[档檔][编編]号"), new("上[传傳]时间|上傳時間"), new("展[开開]阅读全文|展開閱讀全文"), new("点击查看更多|點擊查看更多"),
        new("相[关關]搜索"), new("当前位置|當前位置"), new("版[权權]所有"), new(@"第\s*\d+\s*页\s*/\s*共\s*\d+\s*页"), new(@"_第\d+页"),
        new("由[会會]员分享"), new("相[关關]资源|相關資源"), new("资源描述"), new("相[关關]推[荐薦]"), new("相[关關]文章"), new("ICP备"),
        new(@"\.docx"), new(@"返回\s*下载"), new("全部预览完了"), new(@"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,6}\)"),
    ];

    public static TheoryData<string> RealDocuments() => new(RealDocs.Names());

    public static TheoryData<string> OwnDocuments() =>
        new(Directory.GetFiles(OwnFolder, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(RealDocuments))]
    public void A_real_scraped_document_imports_close_to_its_hand_cleaned_plan(string name)
    {
        var clean = RealDocs.Clean(name);
        var imported = Import(RealDocs.Scraped(name), name, clean);
        AssertAgrees(name, imported, clean);
    }

    [Theory]
    [MemberData(nameof(OwnDocuments))]
    public void A_scraped_text_of_our_own_imports_close_to_its_clean_plan(string name)
    {
        var clean = File.ReadAllText(Path.Combine(OwnFolder, name + ".md"));
        var imported = Import(File.ReadAllBytes(Path.Combine(OwnFolder, name + ".txt")), name, clean);
        AssertAgrees(name, imported, clean);
    }

    [Fact]
    public void Title_and_kind_come_from_the_text_not_from_the_sharing_sites_file_name()
    {
        var keyPoints = ImportedMarkdown.Convert(RealDocs.Scraped("003_9d74dbb27e5e2284"), "003.txt");
        Assert.Equal("2023年某市教育局工作要点", keyPoints.Fields["title"]);
        Assert.Equal("key-points", keyPoints.Fields["kind"]);
        Assert.Equal("2023", keyPoints.Fields["year"]);
        var plan = ImportedMarkdown.Convert(RealDocs.Scraped("004_63fd147aa4140104"), "004.txt", year: 2012);
        Assert.Equal("教育工作实施计划", plan.Fields["title"]);
        var summary = ImportedMarkdown.Convert(RealDocs.Scraped("002_d338a8111b9f731b"), "002.txt", year: 2012);
        Assert.Equal("上半年教育局工作總結", summary.Fields["title"]);
        Assert.Equal("summary", summary.Fields["kind"]);
    }

    [Fact]
    public void A_bureau_is_not_taken_from_a_titles_year_or_an_anonymised_name()
    {
        // "2023年某市教育局" and "上半年教育局" are words of a title, not a bureau: left for the editor, commented out.
        foreach (var (name, year) in new[] { ("003_9d74dbb27e5e2284", (int?)null), ("002_d338a8111b9f731b", 2012) })
        {
            var imported = ImportedMarkdown.Convert(RealDocs.Scraped(name), name + ".txt", year);
            Assert.False(imported.Fields.ContainsKey("bureau"), imported.Plan.Text[..200]);
            Assert.Contains(imported.Plan.Undecided, u => u.StartsWith("bureau", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_document_with_no_date_keeps_a_placeholder_that_check_reports()
    {
        var imported = ImportedMarkdown.Convert(RealDocs.Scraped("004_63fd147aa4140104"), "004.txt", year: 2012);
        Assert.Equal(PlanFormat.Placeholder, imported.Fields["date"]);
        using var site = new TestSite();
        site.Write("content/plans/2012/imported.md", imported.Plan.Text);
        Assert.Contains(site.Check(), d => d.Code == StaticPlans.Diagnostics.DiagnosticCodes.ImportPlaceholder);
    }

    private static string Import(byte[] bytes, string name, string clean)
    {
        try
        {
            return PlanImporter.Convert(bytes, new ImportRequest(name + ".txt", ".")).Text;
        }
        catch (ImportException)
        {
            // No year in the text (20XX, or none at all): the editor passes --year, as the hand-cleaned plan did.
            var year = int.Parse(Regex.Match(clean, @"(?m)^year: (\d{4})").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return PlanImporter.Convert(bytes, new ImportRequest(name + ".txt", ".", Year: year)).Text;
        }
    }

    private void AssertAgrees(string name, string imported, string clean)
    {
        var agreement = ImportAgreement.Measure(imported, clean);
        output.WriteLine($"{name}: {agreement}");
        var kept = imported.Split('\n').Where(l => Chrome.Any(c => c.IsMatch(l))).ToList();
        Assert.True(kept.Count == 0, "site chrome kept:\n" + string.Join("\n", kept));
        Assert.True(agreement.HeadingF1 >= 0.9, $"{name}: {agreement}\n{imported}");
        Assert.True(agreement.Paragraphs >= 0.95, $"{name}: {agreement}");
    }
}
