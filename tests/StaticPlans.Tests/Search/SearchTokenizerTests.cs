using StaticPlans.Search;
using StaticPlans.Text;

namespace StaticPlans.Tests.Search;

public class SearchTokenizerTests
{
    private sealed class Recorder : SearchTokenizer.ISink
    {
        public List<string> Terms { get; } = [];

        public void Han(char c, int position) => Terms.Add(c.ToString());

        public void HanPair(char first, char second, int position) => Terms.Add($"{first}{second}");

        public void Word(ReadOnlySpan<char> word, int position) => Terms.Add(word.ToString());
    }

    private static List<string> Index(string text)
    {
        var recorder = new Recorder();
        SearchTokenizer.Tokenize(TextFolding.Fold(text), recorder);
        return recorder.Terms;
    }

    [Fact]
    public void Han_text_gives_unigrams_and_overlapping_bigrams()
    {
        Assert.Equal(["学", "学前", "前", "前教", "教", "教育", "育"], Index("学前教育"));
    }

    [Fact]
    public void Punctuation_breaks_bigrams()
    {
        Assert.DoesNotContain("育普", Index("教育，普及"));
    }

    [Fact]
    public void Latin_words_are_case_folded_including_full_width()
    {
        Assert.Equal(["steam", "课", "课程", "程"], Index("ＳＴＥＡＭ课程"));
    }

    [Fact]
    public void Numbers_keep_decimals_and_bind_to_their_unit()
    {
        var terms = Index("巩固率98.75%，投入3750万元");
        Assert.Contains("98.75", terms);
        Assert.Contains("98.75%", terms);
        Assert.Contains("3750", terms);
        Assert.Contains("3750万", terms);
        Assert.Contains("万元", terms);
    }

    [Fact]
    public void Query_terms_are_bigrams_for_runs_and_a_unigram_for_a_lone_char()
    {
        Assert.Equal(["学前", "前教", "教育"], SearchTokenizer.QueryTerms("学前教育").Select(t => t.Term));
        Assert.Equal(["园"], SearchTokenizer.QueryTerms("园").Select(t => t.Term));
        Assert.Equal(["3750", "3750万", "万元"], SearchTokenizer.QueryTerms("3750万元").Select(t => t.Term));
    }

    [Fact]
    public void Query_terms_remember_where_they_start()
    {
        Assert.Equal([0, 1, 2], SearchTokenizer.QueryTerms("职业教育").Select(t => t.Offset));
    }

    [Fact]
    public void A_document_number_in_any_brackets_is_one_term_alone_and_with_the_chars_before_it()
    {
        foreach (var text in new[] { "云教〔2024〕15号", "云教[2024]15号", "云教【2024】15号", "云教［2024］15号", "云教（2024）15号" })
        {
            var recorder = new Recorder();
            SearchTokenizer.Tokenize(SearchFolding.Fold(text), recorder);
            Assert.Contains("[2024]15", recorder.Terms);
            Assert.Contains("云教[2024]15", recorder.Terms);
            Assert.Contains("15号", recorder.Terms);
        }

        var prose = new Recorder();
        SearchTokenizer.Tokenize(SearchFolding.Fold("根据国办发〔2017〕47号文件"), prose);
        Assert.Equal(["发[2017]47", "办发[2017]47", "国办发[2017]47", "据国办发[2017]47"], prose.Terms.Where(t => t.Contains("[2017]47", StringComparison.Ordinal) && t != "[2017]47"));
        Assert.DoesNotContain(Index("（一）2024年"), t => t.Contains('['));
    }
}
