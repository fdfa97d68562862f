using StaticPlans.Diagnostics;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Rendering;

public class RevisionAndAttachmentTests
{
    private const string Front = "title: 测试县教育局2024年工作计划\nyear: 2024\nkind: plan\ndate: 2024-02-01";
    private const string Body = "## 一、校园安全\n防溺水。\n";

    [Fact]
    public void Updated_is_shown_as_the_revision_date_and_used_by_the_feeds_and_the_sitemap()
    {
        using var site = new TestSite().Plan(2024, "a", Front + "\nupdated: 2024-06-15", Body)
            .Plan(2023, "b", "title: 乙\nyear: 2023\nkind: plan\ndate: 2023-03-01", Body);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var rows = site.Page("plans/2024/a/").QuerySelectorAll(".disclosure > div")
            .ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal("2024-02-01", rows["成文日期"]);
        Assert.Equal("2024-06-15", rows["修订日期"]);
        Assert.DoesNotContain("修订日期", site.Page("plans/2023/b/").QuerySelector(".disclosure")!.TextContent);

        foreach (var feed in new[] { "feed.xml", "topics/safety/feed.xml" })
        {
            var atom = System.Xml.Linq.XDocument.Parse(site.ReadOutput(feed));
            System.Xml.Linq.XNamespace ns = "http://www.w3.org/2005/Atom";
            var entry = atom.Root!.Elements(ns + "entry").Single(e => e.Element(ns + "title")!.Value == "测试县教育局2024年工作计划");
            Assert.Equal("2024-06-15T00:00:00+08:00", entry.Element(ns + "updated")!.Value);
            Assert.Equal("2024-02-01T00:00:00+08:00", entry.Element(ns + "published")!.Value);
            Assert.Equal("2024-06-15T00:00:00+08:00", atom.Root.Element(ns + "updated")!.Value);
        }
        var sitemap = site.ReadOutput("sitemap.xml");
        Assert.Contains("<loc>https://edu.example.gov.cn/plans/plans/2024/a/</loc>\n    <lastmod>2024-06-15</lastmod>", sitemap);
        Assert.Contains("<loc>https://edu.example.gov.cn/plans/plans/2023/b/</loc>\n    <lastmod>2023-03-01</lastmod>", sitemap);
    }

    [Fact]
    public void An_updated_that_is_no_date_is_an_error_and_one_before_the_date_a_warning()
    {
        using var bad = new TestSite().Plan(2024, "a", Front + "\nupdated: 2024年6月", Body);
        DiagnosticAssert.Single(bad.Build().Diagnostics, DiagnosticCodes.UpdatedInvalid, "content/plans/2024/a.md", 6, 10, Severity.Error);
        using var early = new TestSite().Plan(2024, "a", Front + "\nupdated: 2024-01-05", Body);
        DiagnosticAssert.Single(early.Build().Diagnostics, DiagnosticCodes.UpdatedBeforeDate, "content/plans/2024/a.md", 6, 10, Severity.Warning);
    }

    [Fact]
    public void Attachments_are_copied_into_the_plans_folder_and_listed_with_type_and_size()
    {
        using var site = new TestSite().Plan(2024, "a", Front + "\nattachments: [a-signed.pdf, 原件/a.ofd]", Body);
        var pdf = new byte[3 * 1024 + 100];
        new Random(1).NextBytes(pdf);
        File.WriteAllBytes(Path.Combine(site.Root, "content/plans/2024/a-signed.pdf"), pdf);
        Directory.CreateDirectory(Path.Combine(site.Root, "content/plans/2024/原件"));
        File.WriteAllBytes(Path.Combine(site.Root, "content/plans/2024/原件/a.ofd"), [1, 2, 3]);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        Assert.Equal(pdf, File.ReadAllBytes(Path.Combine(site.Output, "plans/2024/a/a-signed.pdf")));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(site.Output, "plans/2024/a/原件/a.ofd")));
        var items = site.Page("plans/2024/a/").QuerySelectorAll(".plan-attachments li").ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("/plans/plans/2024/a/a-signed.pdf", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("application/pdf", items[0].QuerySelector("a")!.GetAttribute("type"));
        Assert.Equal("a-signed.pdf （PDF，3 KB）", items[0].TextContent);
        Assert.Equal("原件/a.ofd （OFD，3 B）", items[1].TextContent);
    }

    [Fact]
    public void A_missing_attachment_is_an_error_naming_where_to_put_it()
    {
        using var site = new TestSite().Plan(2024, "a", Front + "\nattachments:\n  - a-signed.pdf", Body);
        var d = DiagnosticAssert.Single(site.Build().Diagnostics, DiagnosticCodes.AttachmentMissing, "content/plans/2024/a.md", 7, 5, Severity.Error);
        Assert.Contains("content/plans/2024/a-signed.pdf", d.Message);
    }

    [Theory]
    [InlineData("../../../site.yml")]
    [InlineData("/etc/passwd")]
    [InlineData("b.md")]
    public void An_attachment_outside_the_plans_folder_or_a_plan_file_is_refused(string name)
    {
        using var site = new TestSite().Plan(2024, "a", Front + $"\nattachments: [\"{name}\"]", Body)
            .Plan(2024, "b", "title: 乙\nyear: 2024\nkind: plan\ndate: 2024-03-01", Body);
        var result = site.Build();
        DiagnosticAssert.Single(result.Diagnostics, DiagnosticCodes.AttachmentUnsafe, "content/plans/2024/a.md", 6, 15, Severity.Error);
        Assert.False(Directory.Exists(site.Output), "a failed build writes nothing");
    }

    [Fact]
    public void An_attachment_that_is_a_symbolic_link_is_refused()
    {
        var outside = Path.Combine(Path.GetTempPath(), "sp-outside-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        try
        {
            File.WriteAllText(Path.Combine(outside, "x.pdf"), "not for the site");
            // A file link out of the site, and a folder link: each alone is refused, naming the link (or the plan's attachments line), and nothing is published.
            using (var site = new TestSite().Plan(2024, "a", Front + "\nattachments: [secret.pdf]", Body))
            {
                File.CreateSymbolicLink(Path.Combine(site.Root, "content/plans/2024/secret.pdf"), Path.Combine(outside, "x.pdf"));
                AssertRefused(site, "content/plans/2024/secret.pdf");
            }
            using (var site = new TestSite().Plan(2024, "a", Front + "\nattachments: [docs/x.pdf]", Body))
            {
                Directory.CreateSymbolicLink(Path.Combine(site.Root, "content/plans/2024/docs"), outside);
                AssertRefused(site, "content/plans/2024/docs");
            }
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    private static void AssertRefused(TestSite site, string link)
    {
        var result = site.Build();
        string[] refused = [DiagnosticCodes.AttachmentUnsafe, DiagnosticCodes.InputLinkOutside, DiagnosticCodes.InputLinkToFolder];
        Assert.Contains(result.Diagnostics, d => refused.Contains(d.Code)
            && (d.File.Replace('\\', '/').StartsWith(link, StringComparison.Ordinal) || d.Message.Contains("'" + Path.GetFileName(link), StringComparison.Ordinal)));
        Assert.False(Directory.Exists(site.Output));
    }
}

public class SampleAttachmentTests(SampleSite sample) : IClassFixture<SampleSite>
{
    [Fact]
    public void The_sample_site_publishes_its_signed_original_beside_the_2024_plan()
    {
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "content/plans/2024/2024-plan-signed.pdf")),
            File.ReadAllBytes(Path.Combine(sample.Output, "plans/2024/2024-plan/2024-plan-signed.pdf")));
        Assert.Contains("（PDF，", sample.Page("plans/2024/2024-plan/").QuerySelector(".plan-attachments")!.TextContent);
        Assert.Contains("修订日期", sample.Page("plans/2024/2024-digital-key-points/").QuerySelector(".disclosure")!.TextContent);
    }
}
