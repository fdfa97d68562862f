using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using StaticPlans.Diagnostics;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Diagnostics;

/// <summary>
/// messages.en.yml and messages.zh.yml: every diagnostic code has a text in both languages, both files name the same
/// messages with the same placeholders, and every message the code asks for is there. Renders each language
/// explicitly; nothing here changes <see cref="MessageLanguage.Current"/>, which stays English in tests.
/// </summary>
public class MessageCatalogueTests
{
    private static readonly IReadOnlyDictionary<string, string> En = Messages.Catalogue(Language.En);
    private static readonly IReadOnlyDictionary<string, string> Zh = Messages.Catalogue(Language.Zh);

    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            data.Add((string)field.GetRawConstantValue()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_diagnostic_code_has_an_English_and_a_Chinese_text(string code)
    {
        foreach (var catalogue in new[] { En, Zh })
        {
            var texts = catalogue.Where(e => e.Key == code || e.Key.StartsWith(code + ".", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(texts);
            Assert.All(texts, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), e.Key));
        }
    }

    [Fact]
    public void There_are_about_sixty_codes_and_the_test_sees_them_all()
    {
        Assert.InRange(Codes().Count, 50, 200);
    }

    [Fact]
    public void Both_languages_have_the_same_messages_with_the_same_placeholders()
    {
        Assert.Equal(En.Keys.Order(StringComparer.Ordinal), Zh.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, english) in En)
        {
            var inEnglish = Messages.PlaceholdersOf(english).ToHashSet();
            var inChinese = Messages.PlaceholdersOf(Zh[id]).ToHashSet();
            Assert.True(inEnglish.SetEquals(inChinese), $"{id}: en uses {{{string.Join("}, {", inEnglish)}}}, zh uses {{{string.Join("}, {", inChinese)}}}");
        }
    }

    [Fact]
    public void Every_Chinese_text_is_written_in_Chinese()
    {
        foreach (var (id, text) in Zh)
        {
            // "{detail}" (a library's own words) and "{errors}，{warnings}" have no words of their own.
            if (!Regex.Replace(text, @"\{[a-z_0-9]+\}", "").Any(char.IsLetter)) continue;
            Assert.True(text.Any(c => c is >= '\u4e00' and <= '\u9fff'), $"{id}: '{text}' has no Chinese");
        }
    }

    [Fact]
    public void Every_message_the_code_asks_for_is_in_the_catalogue()
    {
        var src = Path.Combine(RepoPaths.Root, "src");
        var asked = new SortedSet<string>(StringComparer.Ordinal);
        // Ids are literals, some chosen by a condition (isImage ? "SP0210.image" : "SP0210.link"): every literal that
        // starts like a catalogue id counts, so a misspelt one fails here rather than in front of a user.
        var prefixes = En.Keys.Select(k => k.Split('.')[0]).Where(p => !p.StartsWith("SP", StringComparison.Ordinal)).ToHashSet();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var code = File.ReadAllText(file);
            foreach (Match m in Regex.Matches(code, @"Messages\.Text\(""([^""]+)""")) asked.Add(m.Groups[1].Value);
            foreach (Match m in Regex.Matches(code, @"""(SP\d{4}\.[a-z_]+)""")) asked.Add(m.Groups[1].Value);
            foreach (Match m in Regex.Matches(code, @"""([a-z_]+(?:\.[a-z_]+)+)"""))
            {
                if (prefixes.Contains(m.Groups[1].Value.Split('.')[0])) asked.Add(m.Groups[1].Value);
            }
            foreach (Match m in Regex.Matches(code, @"Messages\.Count\([^,]+, ""([a-z]+)""\)"))
            {
                asked.Add($"count.{m.Groups[1].Value}.one");
                asked.Add($"count.{m.Groups[1].Value}.other");
            }
        }
        Assert.True(asked.Count > 150, $"only {asked.Count} message ids found in src/");
        Assert.Equal([], asked.Where(id => !En.ContainsKey(id)).ToList());
    }

    [Fact]
    public void A_year_in_Chinese_numerals_is_explained_in_plain_Chinese_and_English()
    {
        Assert.Equal("年度须用阿拉伯数字书写，如 2024，不能写作“二〇二四”", Messages.Render(Language.Zh, "SP0105.not_arabic", ("value", "二〇二四")));
        Assert.Equal("year must be written in Arabic digits, like 2024, not '二〇二四'", Messages.Render(Language.En, "SP0105.not_arabic", ("value", "二〇二四")));
    }

    [Fact]
    public void Doubled_braces_show_a_theme_text_s_own_placeholder()
    {
        Assert.Equal("'year_title' names {yaer}, which it is not given (did you mean '{year}'?): it can use {year}",
            Messages.Render(Language.En, "SP0307.unknown", ("key", "year_title"), ("name", "yaer"),
                ("suggestion", " (did you mean '{year}'?)"), ("allowed", "it can use {year}")));
    }

    [Fact]
    public void Counts_read_naturally_in_both_languages()
    {
        Assert.Equal("1 error, 2 warnings", Messages.Render(Language.En, "cli.summary",
            ("errors", Messages.Render(Language.En, "count.error.one", ("n", 1))), ("warnings", Messages.Render(Language.En, "count.warning.other", ("n", 2)))));
        Assert.Equal("1 个错误，2 个警告", Messages.Render(Language.Zh, "cli.summary",
            ("errors", Messages.Render(Language.Zh, "count.error.one", ("n", 1))), ("warnings", Messages.Render(Language.Zh, "count.warning.other", ("n", 2)))));
    }

    [Theory]
    [InlineData(null, null, "zh_CN.UTF-8", Language.Zh)]
    [InlineData(null, null, "en_US.UTF-8", Language.En)]
    [InlineData(null, null, null, Language.En)]
    [InlineData(null, null, "C.UTF-8", Language.En)]
    [InlineData("en_US.UTF-8", null, "zh_CN.UTF-8", Language.En)]
    [InlineData("zh_TW.UTF-8", "en_US.UTF-8", "en_US.UTF-8", Language.Zh)]
    [InlineData(null, "zh_CN.UTF-8", "en_US.UTF-8", Language.Zh)]
    [InlineData("", "", "zh_CN.GB18030", Language.Zh)]
    public void On_Unix_LC_ALL_then_LC_MESSAGES_then_LANG_choose_the_language(string? lcAll, string? lcMessages, string? lang, Language expected)
    {
        var environment = new Dictionary<string, string?> { ["LC_ALL"] = lcAll, ["LC_MESSAGES"] = lcMessages, ["LANG"] = lang };
        Assert.Equal(expected, MessageLanguage.FromSystem(name => environment.GetValueOrDefault(name), CultureInfo.InvariantCulture, windows: false));
    }

    [Theory]
    [InlineData("zh-CN", Language.Zh)]
    [InlineData("zh-Hans-CN", Language.Zh)]
    [InlineData("en-US", Language.En)]
    [InlineData("", Language.En)]
    public void On_Windows_the_display_language_chooses_it_whatever_LANG_says(string culture, Language expected)
    {
        var lang = expected == Language.Zh ? "en_US.UTF-8" : "zh_CN.UTF-8";
        Assert.Equal(expected, MessageLanguage.FromSystem(_ => lang, CultureInfo.GetCultureInfo(culture), windows: true));
    }

    private static string Raw(string suffix)
    {
        using var stream = typeof(Messages).Assembly.GetManifestResourceStream($"StaticPlans.Diagnostics.messages.{suffix}.yml")!;
        return new StreamReader(stream).ReadToEnd();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Each_catalogue_read_line_by_line_holds_exactly_what_YAML_reads_from_it(string suffix)
    {
        var text = Raw(suffix);

        var flat = Messages.ReadFlat(text);

        Assert.NotNull(flat);
        Assert.Equal(Messages.ReadYaml(text).OrderBy(e => e.Key, StringComparer.Ordinal), flat.OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Contains(flat.Values, v => v.Contains('"'));
    }

    [Theory]
    [InlineData("a: 'single quoted'")]
    [InlineData("a: \"an escape \\n YAML would turn into a line break\"")]
    [InlineData("a: \"a text\n  on two lines\"")]
    [InlineData("  a: \"indented\"")]
    [InlineData("a: \"text\" # and a comment")]
    [InlineData("a: \"one\"\na: \"twice\"")]
    [InlineData("a b: \"a key with a space\"")]
    [InlineData("a: plain")]
    public void A_catalogue_line_of_another_shape_is_left_to_YAML(string text)
    {
        Assert.Null(Messages.ReadFlat("# comment\nok: \"fine\"\n" + text + "\n"));
    }
}
