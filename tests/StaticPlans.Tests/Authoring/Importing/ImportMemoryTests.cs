using DocumentFormat.OpenXml.Wordprocessing;
using StaticPlans.Authoring.Importing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace StaticPlans.Tests.Authoring.Importing;

/// <summary>Importing costs memory in proportion to the document's text, whatever its shape.</summary>
public class ImportMemoryTests
{
    /// <summary>One paragraph of many soft line breaks (Shift+Enter), as text pasted from a web page arrives in Word.</summary>
    private static byte[] BrokenLines(int lines) => new DocxFixture()
        .Paragraph("云溪县教育局2024年工作计划")
        .Paragraph(Enumerable.Range(0, lines).Select(i => new Run(new Break(), new WordText($"第{i}行推进学前教育普惠发展。"))).ToArray())
        .Build();

    [Fact]
    public void A_paragraph_of_twenty_thousand_soft_line_breaks_is_imported_with_memory_linear_in_its_text()
    {
        var docx = BrokenLines(20_000);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var plan = PlanImporter.Convert(docx, new ImportRequest("plan.docx", "/nonexistent", Year: 2024, Kind: "plan"));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The broken lines are joined into one paragraph, in order.
        var body = plan.Text[plan.Text.IndexOf("第0行", StringComparison.Ordinal)..].TrimEnd('\n');
        Assert.StartsWith("第0行推进学前教育普惠发展。第1行", body);
        Assert.EndsWith("第19999行推进学前教育普惠发展。", body);
        Assert.DoesNotContain('\n', body);
        // Joining line by line copied the paragraph so far at every break: 3.7 GB allocated for these 0.3 M characters.
        // Reading the Word XML itself costs about a hundred bytes per character; allow three times that.
        Assert.True(allocated < 300L * body.Length, $"{allocated / 1_000_000} MB allocated for {body.Length} characters of text");
    }

    [Fact]
    public void A_text_file_paragraph_wrapped_over_twenty_thousand_lines_is_imported_with_memory_linear_in_its_text()
    {
        // Fixed-width text as exported from a PDF: every line as wide as the others, breaking in mid-sentence.
        var lines = Enumerable.Range(0, 20_000).Select(i => $"全面推进学前教育普惠发展加强校园安全第{i % 10}项");
        var txt = System.Text.Encoding.UTF8.GetBytes("云溪县教育局2024年工作计划\n\n" + string.Join("\n", lines) + "。\n");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var plan = PlanImporter.Convert(txt, new ImportRequest("plan.txt", "/nonexistent", Year: 2024, Kind: "plan"));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var body = plan.Text[plan.Text.IndexOf("全面推进", StringComparison.Ordinal)..].TrimEnd('\n');
        Assert.DoesNotContain('\n', body);
        Assert.Equal(20_000 * 21 + 1, body.Length);
        Assert.True(allocated < 300L * body.Length, $"{allocated / 1_000_000} MB allocated for {body.Length} characters of text");
    }
}
