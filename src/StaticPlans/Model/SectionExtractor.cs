using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticPlans.Diagnostics;

namespace StaticPlans.Model;

/// <summary>
/// Turns a plan's Markdown tree into sections with stable ids and sets those ids on the heading nodes.
/// Id scheme: 's' + the official numbers of the heading and its ancestors (二、 → s2, its （三） → s2-3);
/// a heading without a number takes its position among its siblings; an explicit {#id} wins; a clash gets -2, -3….
/// </summary>
public static partial class SectionExtractor
{
    public sealed record Extracted(string IntroText, IReadOnlyList<RawSection> Sections);

    public sealed record RawSection(string Id, string Heading, int Level, int Line, string OwnText, int ParentIndex);

    private sealed class Open(int level, string path, int index)
    {
        public int Level { get; } = level;
        public string Path { get; } = path;
        public int Index { get; } = index;
        public int Children { get; set; }
        public int LastNumber { get; set; }
        public OfficialNumbering.Style LastStyle { get; set; }
    }

    public static Extracted Extract(MarkdownDocument document, string file, int bodyLineOffset, ICollection<Diagnostic> diagnostics)
    {
        var intro = new StringBuilder();
        var sections = new List<RawSection>();
        var texts = new List<StringBuilder>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<Open>();
        var root = new Open(0, "", -1);
        // The last numbered heading of each level anywhere before: key points count (一)(二)… on across chapters.
        var lastAtLevel = new Dictionary<int, OfficialNumbering.Number>();
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                while (stack.Count > 0 && stack.Peek().Level >= heading.Level) stack.Pop();
                var parent = stack.Count > 0 ? stack.Peek() : root;
                var text = PlainText.Of(heading);
                var line = heading.Line + bodyLineOffset + 1;
                var number = OfficialNumbering.Read(text);
                parent.Children++;
                CheckNumbering(new NumberedHeading(text, number, file, line, heading.Column + 1), parent, lastAtLevel.GetValueOrDefault(heading.Level),
                    stack.Count == 0, diagnostics);
                if (number.Style != OfficialNumbering.Style.None) lastAtLevel[heading.Level] = number;
                var ordinal = number.Value > 0 ? number.Value : parent.Children;
                var path = parent.Path.Length == 0 ? ordinal.ToString(CultureInfo.InvariantCulture) : parent.Path + "-" + ordinal.ToString(CultureInfo.InvariantCulture);
                var id = Unique(heading.GetAttributes().Id is { Length: > 0 } explicitId ? explicitId : "s" + path, used, nextSuffix);
                heading.GetAttributes().Id = id;
                sections.Add(new RawSection(id, text, heading.Level, line, "", parent.Index));
                texts.Add(new StringBuilder());
                stack.Push(new Open(heading.Level, path, sections.Count - 1));
                continue;
            }
            var target = texts.Count > 0 ? texts[^1] : intro;
            AppendText(block, target);
        }
        var result = sections.Select((s, i) => s with { OwnText = PlainText.Trimmed(texts[i]) }).ToList();
        WarnEmpty(result, file, diagnostics);
        return new Extracted(PlainText.Trimmed(intro), result);
    }

    private static void AppendText(Block block, StringBuilder target)
    {
        if (block is Table table)
        {
            AppendTable(table, target);
            return;
        }
        if (block is ContainerBlock container && container.Descendants<Table>().Any())
        {
            foreach (var child in container) AppendText(child, target); // a table inside a list or quote
            return;
        }
        var leaves = block is LeafBlock leaf ? new[] { leaf } : ((ContainerBlock)block).Descendants<LeafBlock>();
        foreach (var l in leaves)
        {
            var text = PlainText.Of(l);
            if (text.Length == 0) continue;
            if (target.Length > 0) target.Append('\n');
            target.Append(text);
        }
    }

    /// <summary>
    /// A table's cells, one a line. A column whose header carries a money unit (总投资（万元）, 金额(元)) gives each
    /// bare number below it that unit (1860 → 1860万元), so the figures of the table read as the money they are: the
    /// header says what the cell means, as a reader sees it.
    /// </summary>
    private static void AppendTable(Table table, StringBuilder target)
    {
        var units = new Dictionary<int, string>();
        foreach (var row in table.OfType<TableRow>())
        {
            var column = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                var index = cell.ColumnIndex >= 0 ? cell.ColumnIndex : column;
                column++;
                var text = string.Join("", cell.Descendants<LeafBlock>().Select(PlainText.Of));
                if (row.IsHeader)
                {
                    if (HeaderMoneyUnit().Match(text) is { Success: true } unit) units[index] = unit.Groups[1].Value;
                }
                else if (units.TryGetValue(index, out var u) && BareNumber().IsMatch(text))
                {
                    text += u;
                }
                if (text.Length == 0) continue;
                if (target.Length > 0) target.Append('\n');
                target.Append(text);
            }
        }
    }

    // 总投资（万元）, 资金(万元), 金额（元）: the unit in brackets at the end of the header.
    [GeneratedRegex(@"[（(]\s*((?:千|万|亿)?元)\s*[）)]\s*$")]
    private static partial Regex HeaderMoneyUnit();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")]
    private static partial Regex BareNumber();

    /// <summary>
    /// The id, or the first free of id-2, id-3 …. Each id remembers the suffix it got to, so the next clash starts
    /// there: trying from -2 every time made a plan of many identical headings quadratic.
    /// </summary>
    private static string Unique(string id, HashSet<string> used, Dictionary<string, int> nextSuffix)
    {
        if (used.Add(id)) return id;
        var n = nextSuffix.GetValueOrDefault(id, 2);
        var candidate = Suffixed(id, n);
        while (!used.Add(candidate)) candidate = Suffixed(id, ++n);
        nextSuffix[id] = n + 1;
        return candidate;
    }

    private static string Suffixed(string id, int n) => id + "-" + n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A heading as the numbering check reads it: its text, its number and where it is.</summary>
    private readonly record struct NumberedHeading(string Text, OfficialNumbering.Number Number, string File, int Line, int Column);

    private static void CheckNumbering(NumberedHeading at, Open parent, OfficialNumbering.Number previousChapters, bool topLevel,
        ICollection<Diagnostic> diagnostics)
    {
        var (heading, number, file, line, column) = at;
        if (number.Style == OfficialNumbering.Style.None) return;
        if (topLevel && number.Style is OfficialNumbering.Style.ChineseParen or OfficialNumbering.Style.Arabic)
        {
            var example = number.Style == OfficialNumbering.Style.ChineseParen ? "（一）" : "1.";
            diagnostics.Add(Diagnostic.Warning(file, line, column, DiagnosticCodes.NumberingLevel,
                Messages.Text("SP0206", ("example", example))));
        }
        // Each numbering style counts on its own: '一、' after a stray '（一）' starts again at 1.
        var continues = parent.LastStyle == number.Style;
        var expected = continues ? parent.LastNumber + 1 : 1;
        // The first item under a chapter may go on from the last item of the chapter before: (十九) opening 三、 after (十八).
        var goesOn = !continues && previousChapters.Style == number.Style && number.Value == previousChapters.Value + 1;
        if (number.Value != expected && !goesOn)
        {
            diagnostics.Add(Diagnostic.Warning(file, line, column, DiagnosticCodes.NumberingSkip, continues
                ? Messages.Text("SP0205.continues", ("heading", heading), ("number", number.Value), ("previous", parent.LastNumber), ("expected", expected))
                : Messages.Text("SP0205.first", ("heading", heading), ("number", number.Value), ("expected", expected))));
        }
        parent.LastNumber = number.Value;
        parent.LastStyle = number.Style;
    }

    private static void WarnEmpty(List<RawSection> sections, string file, ICollection<Diagnostic> diagnostics)
    {
        for (var i = 0; i < sections.Count; i++)
        {
            var hasChild = i + 1 < sections.Count && sections[i + 1].ParentIndex == i;
            if (sections[i].OwnText.Length == 0 && !hasChild)
            {
                diagnostics.Add(Diagnostic.Warning(file, sections[i].Line, 1, DiagnosticCodes.EmptySection,
                    Messages.Text("SP0207", ("heading", sections[i].Heading))));
            }
        }
    }
}
