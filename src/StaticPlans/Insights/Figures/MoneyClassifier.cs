using System.Text.RegularExpressions;
using StaticPlans.Text;

namespace StaticPlans.Insights.Figures;

/// <summary>
/// Says what a money amount is from the words of its sentence (issue 13): a rate, a prize or limit, a part of
/// another amount, money over several years, or a stand-alone total. Rules look at the amount's own clause
/// (between commas, colons, semicolons and brackets) and, for parts and years, at the rest of the sentence.
/// Traditional characters are folded first, so 每生每年 and 每生每年 in 繁体 read alike. Items that add up to a
/// stated total are found afterwards, across sentences, by <see cref="MoneyParts"/>.
/// </summary>
internal static partial class MoneyClassifier
{
    // A rate names the unit it is paid per: per pupil, per person, per month, per school.
    private static readonly string[] RateWords =
    [
        "生均", "人均", "每生", "每人", "每名", "每位", "每所", "每校", "每班", "每户", "每个", "每平方米", "每课时",
        "每节", "每月", "每天", "每日", "每学期", "每学年", "每亩",
    ];

    // Prizes and one-off grants are paid per winner; caps and floors bound other amounts.
    private static readonly string[] OtherWords =
    [
        "一次性", "最高", "不超过", "不高于", "上限", "限额", "起点", "门槛", "不低于", "不少于", "低于",
    ];

    // A change (比上年增加4500万元) compares two amounts; it is not one of them.
    private static readonly string[] ChangeWords = ["比上年", "较上年", "同比", "增加", "增长", "减少", "下降", "节约"];

    // Words that tie an amount to one year: they win over a multi-year word elsewhere in the sentence.
    private static readonly string[] YearAnchors = ["全年", "年内", "今年", "本年", "当年", "年度", "每年"];

    public static MoneyClass Classify(string sentence, int matchStart, int matchLength)
    {
        var text = Fold(sentence);
        var matchEnd = matchStart + matchLength;
        var (clauseStart, clauseEnd) = ClauseAround(text, matchStart, matchEnd);
        var before = text.AsSpan(clauseStart, matchStart - clauseStart);
        var after = text.AsSpan(matchEnd, clauseEnd - matchEnd);
        // A prize is paid per winner even when the sentence says 每人: it is never a budget line.
        if (IsPrize(before) || IsPrize(after))
        {
            return MoneyClass.Other;
        }
        if (IsRate(before, after) || IsRateList(text, clauseStart, clauseEnd, matchStart, matchEnd))
        {
            return MoneyClass.Rate;
        }
        if (IsOther(before, after))
        {
            return MoneyClass.Other;
        }
        if (IsPart(text, clauseStart, matchStart))
        {
            return MoneyClass.Part;
        }
        return IsMultiYear(text, clauseStart, clauseEnd) ? MoneyClass.MultiYear : MoneyClass.Total;
    }

    /// <summary>
    /// A figure right before 以上/以下/以内 and a noun (56人以上大班额, 500万元以上的项目) qualifies the noun: it is a
    /// threshold, not a quantity. 以上 at the end of a clause (投入3000万元以上) only says "at least".
    /// </summary>
    public static bool IsThreshold(string sentence, int matchEnd)
    {
        var i = matchEnd;
        if (i < sentence.Length && sentence[i] == '及') i++;
        if (i + 2 > sentence.Length) return false;
        if (sentence.AsSpan(i, 2) is not ("以上" or "以下" or "以内")) return false;
        return i + 2 < sentence.Length && !IsClauseBreak(sentence[i + 2]) && !IsSentenceEnd(sentence[i + 2]);
    }

    private static bool IsRate(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (after.StartsWith("/") || after.StartsWith("／") || StartsWithin(after, "标准", 2))
        {
            return true;
        }
        return ContainsAny(before, RateWords) && !NamesFund(before) || ContainsStandard(before);
    }

    /// <summary>
    /// 生均公用经费和普惠性民办幼儿园补助资金930万元 names a fund that the rate word only describes: the clause ends
    /// with 资金 or 经费 right before the amount, after the last rate word (not 经费按照每生每年7000元).
    /// </summary>
    private static bool NamesFund(ReadOnlySpan<char> before)
    {
        var text = before.TrimEnd();
        foreach (var filler in (ReadOnlySpan<string>)["共计", "合计", "共", "达", "为"])
        {
            if (text.EndsWith(filler, StringComparison.Ordinal)) { text = text[..^filler.Length]; break; }
        }
        if (!text.EndsWith("资金", StringComparison.Ordinal) && !text.EndsWith("经费", StringComparison.Ordinal)) return false;
        var fund = text.Length - 2;
        foreach (var word in RateWords)
        {
            if (text.LastIndexOf(word, StringComparison.Ordinal) is var at && at >= 0 && at + word.Length > fund) return false;
        }
        return true;
    }

    /// <summary>
    /// Amounts listed with 、 share their qualifier: in 每生每年2500元、2000元、1500元三档 and 小学1000元、初中1250元/生·年
    /// every amount of the list is a rate, though the rate words stand by one of them.
    /// </summary>
    private static bool IsRateList(string text, int clauseStart, int clauseEnd, int matchStart, int matchEnd)
    {
        var listStart = clauseStart;
        while (listStart > 0 && text[listStart - 1] == '、')
        {
            listStart--;
            while (listStart > 0 && !IsClauseBreak(text[listStart - 1])) listStart--;
        }
        var listEnd = clauseEnd;
        while (listEnd < text.Length && text[listEnd] == '、')
        {
            listEnd++;
            while (listEnd < text.Length && !IsClauseBreak(text[listEnd]) && !IsSentenceEnd(text[listEnd])) listEnd++;
        }
        if (listStart == clauseStart && listEnd == clauseEnd) return false;
        var before = text.AsSpan(listStart, matchStart - listStart);
        var after = text.AsSpan(matchEnd, listEnd - matchEnd);
        return ContainsAny(before, RateWords) || ContainsAny(after, RateWords) || ContainsStandard(after)
            || after.Contains("元/", StringComparison.Ordinal) || after.Contains("元／", StringComparison.Ordinal);
    }

    // 按600元标准 and 补助标准提高到… are rates; 标准化建设 is not.
    private static bool ContainsStandard(ReadOnlySpan<char> text) => ContainsUnless(text, "标准", '化');

    // The word anywhere in the text, except where the given char follows it.
    private static bool ContainsUnless(ReadOnlySpan<char> text, string word, char unless)
    {
        for (var at = text.IndexOf(word); at >= 0; at = text.IndexOf(word))
        {
            if (at + word.Length >= text.Length || text[at + word.Length] != unless) return true;
            text = text[(at + word.Length)..];
        }
        return false;
    }

    private static bool IsOther(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (ContainsAny(before, OtherWords) || ContainsAny(before, ChangeWords))
        {
            return true;
        }
        var rest = after.TrimStart('及');
        // 控制在500万元以内 and 5万元以下 are limits; 500万元以上的项目 a threshold; 3000万元以上 at the end is not.
        return rest.StartsWith("以内") || rest.StartsWith("以下") || rest.StartsWith("限额")
            || rest.StartsWith("以上") && rest.Length > 2;
    }

    // 奖励 and 奖金 are prizes, 一等奖 names one; 奖励性绩效工资 is a part of pay, 奖补资金 a budget line.
    private static bool IsPrize(ReadOnlySpan<char> text)
    {
        if (text.Contains("奖金", StringComparison.Ordinal) || text.Contains("等奖", StringComparison.Ordinal)) return true;
        return ContainsUnless(text, "奖励", '性');
    }

    /// <summary>
    /// After 其中, 包括 or 含 the amount is a part of something named before: of a total in an earlier clause, or of
    /// one in the previous sentence when the sentence opens with the word. 包括…在内 names a whole, not a part.
    /// </summary>
    private static bool IsPart(string text, int clauseStart, int matchStart)
    {
        foreach (var word in (ReadOnlySpan<string>)["其中", "包括", "包含", "含"])
        {
            var at = text.LastIndexOf(word, matchStart - 1 < 0 ? 0 : matchStart - 1, StringComparison.Ordinal);
            if (at < 0 || at + word.Length > matchStart)
            {
                continue;
            }
            if (word == "含" && at > 0 && text[at - 1] is not ('（' or '(' or '，' or ',' or '：' or '；') && at != clauseStart)
            {
                continue; // 含 inside a word (包含, 含量) or a verb phrase, not "including"
            }
            if (word.StartsWith('包') && text.IndexOf("在内", at, matchStart - at, StringComparison.Ordinal) >= 0)
            {
                continue;
            }
            var opensSentence = text.AsSpan(0, at).Trim().Length == 0;
            if (at >= clauseStart || opensSentence || HasMoneyBefore(text, at))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasMoneyBefore(string text, int pos) => text.IndexOf('元', 0, pos) >= 0;

    /// <summary>
    /// Multi-year when the sentence says so (3年计划投入, 2022—2024年, "十四五"期间, 2022年以来, 累计, 分两期) and the
    /// amount's own clause does not tie it to one year (全年, 年内, 每年, 2024年投入…).
    /// </summary>
    private static bool IsMultiYear(string text, int clauseStart, int clauseEnd)
    {
        var own = text.AsSpan(clauseStart, clauseEnd - clauseStart);
        if (HasSpanOrDuration(own))
        {
            return !own.Contains("每年", StringComparison.Ordinal);
        }
        if (IsAnchored(own))
        {
            return false;
        }
        if (own.Contains("累计", StringComparison.Ordinal) || own.Contains("以来", StringComparison.Ordinal))
        {
            return true;
        }
        foreach (var (start, end) in Clauses(text))
        {
            if (start == clauseStart) continue;
            var clause = text.AsSpan(start, end - start);
            if (HasSpanOrDuration(clause) || clause.Contains("以来", StringComparison.Ordinal)
                || clause.Contains("累计", StringComparison.Ordinal) && !IsAnchored(clause))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasSpanOrDuration(ReadOnlySpan<char> clause) =>
        YearSpan().IsMatch(clause) || Duration().IsMatch(clause) || PlanPeriod().IsMatch(clause) || Phases().IsMatch(clause);

    private static bool IsAnchored(ReadOnlySpan<char> clause) => ContainsAny(clause, YearAnchors) || SingleYear().IsMatch(clause);

    // 2022—2024年, 2022年至2024年, 2021-2023
    [GeneratedRegex(@"\d{4}年?\s*(?:—|–|-|－|~|～|至|到){1,2}\s*\d{4}")]
    private static partial Regex YearSpan();

    // 3年, 三年, 两年, 五年来, 近三年 — not 2024年 (a year), 学前三年 (a school stage), 三年级 or 年度.
    [GeneratedRegex(@"(?<![0-9〇零一二三四五六七八九十两]|学前)(?:[2-9]|1[0-9]|[两二三四五六七八九十])个?年(?!级|度|制)")]
    private static partial Regex Duration();

    // "十四五"期间, 十三五以来, 规划期内
    [GeneratedRegex(@"十[一二三四五六七八九]五|规划期")]
    private static partial Regex PlanPeriod();

    // 分两期建设, 分3期实施
    [GeneratedRegex(@"分[0-9两二三四五六七八九十]+期")]
    private static partial Regex Phases();

    // 2024年投入… ties the clause to one year; 到2025年 is a deadline and 2022年以来 a span.
    [GeneratedRegex(@"(?<![到至—–\-－~～0-9])\d{4}年(?!以来|底前|前)")]
    private static partial Regex SingleYear();

    private static (int Start, int End) ClauseAround(string text, int matchStart, int matchEnd)
    {
        var start = matchStart;
        while (start > 0 && !IsClauseBreak(text[start - 1])) start--;
        var end = matchEnd;
        while (end < text.Length && !IsClauseBreak(text[end]) && !IsSentenceEnd(text[end])) end++;
        return (start, end);
    }

    private static IEnumerable<(int Start, int End)> Clauses(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || IsClauseBreak(text[i]) || IsSentenceEnd(text[i]))
            {
                if (i > start) yield return (start, i);
                start = i + 1;
            }
        }
    }

    private static bool IsClauseBreak(char c) => c is '，' or ',' or '：' or ':' or '；' or ';' or '（' or '）' or '(' or ')' or '、';

    private static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?' or '\n';

    private static bool StartsWithin(ReadOnlySpan<char> text, string word, int offset)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        return at >= 0 && at <= offset;
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // Char by char, so positions in the folded text are positions in the sentence; most sentences fold to themselves.
    private static string Fold(string sentence)
    {
        var i = 0;
        while (i < sentence.Length && TextFolding.FoldChar(sentence[i]) == sentence[i]) i++;
        return i == sentence.Length ? sentence : string.Create(sentence.Length, sentence, static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++) span[i] = TextFolding.FoldChar(s[i]);
        });
    }
}
