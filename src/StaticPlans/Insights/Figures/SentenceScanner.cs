using System.Runtime.CompilerServices;

namespace StaticPlans.Insights.Figures;

/// <summary>Scans the sentences of one text for figures, left to right, appending them to a shared list.</summary>
/// <remarks>One scanner serves every sentence of the text (<see cref="Scan"/> starts each afresh): a section has dozens.</remarks>
internal sealed class SentenceScanner(string text, List<Figure> figures, Func<string, string>? intern = null)
{
    private const string PercentWords = "百分之";
    private int _start;
    private int _end;
    private string? _sentence;
    private int _sentenceStart;
    private int _labelFloor;

    /// <summary>Scans the sentence text[sentenceStart..sentenceEnd].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Scan(int sentenceStart, int sentenceEnd)
    {
        _start = sentenceStart;
        _end = sentenceEnd;
        _sentence = null;
        _sentenceStart = 0;
        _labelFloor = 0;
        var pos = _start;
        while (pos < _end)
        {
            var c = text[pos];
            if (c == '百' && UnitReader.Matches(text, pos, _end, PercentWords))
            {
                pos = ScanPercentWords(pos);
            }
            else if (NumberReader.StartsNumber(c))
            {
                pos = ScanNumber(pos);
            }
            else
            {
                pos++;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ScanNumber(int pos)
    {
        var runEnd = NumberReader.RunEnd(text, pos, _end);
        if (!IsAcceptablePrefix(pos) || !NumberReader.TryRead(text, pos, _end, false, out var first) || !IsAcceptableSuffix(first.End))
        {
            return runEnd;
        }
        var tail = UnitReader.Read(text, first.End, _end, first.Magnitude);
        if (TryReadRange(first, tail, out var second, out var secondTail))
        {
            Add(first, second.Value, secondTail, secondTail.End);
            return secondTail.End;
        }
        if (!tail.HasUnit || IsIdiom(first, tail))
        {
            return Math.Max(runEnd, first.End);
        }
        Add(first, null, tail, tail.End);
        return tail.End;
    }

    private bool TryReadRange(ReadNumber first, UnitTail firstTail, out ReadNumber second, out UnitTail secondTail)
    {
        second = default;
        secondTail = default;
        var sep = firstTail.HasUnit ? firstTail.End : firstTail.MagnitudeEnd;
        var length = RangeSeparatorLength(sep);
        if (length == 0 || sep + length >= _end || !NumberReader.StartsNumber(text[sep + length]))
        {
            return false;
        }
        if (!NumberReader.TryRead(text, sep + length, _end, false, out second) || !IsAcceptableSuffix(second.End))
        {
            return false;
        }
        secondTail = UnitReader.Read(text, second.End, _end, second.Magnitude);
        var sameUnit = firstTail.HasUnit
            ? secondTail.FullUnit == firstTail.FullUnit
            : firstTail.Magnitude.Length == 0 || firstTail.Magnitude == secondTail.Magnitude;
        return secondTail.HasUnit && sameUnit && second.Value > first.Value && !IsIdiom(second, secondTail);
    }

    private int RangeSeparatorLength(int pos)
    {
        if (pos >= _end)
        {
            return 0;
        }
        if (text[pos] == '—' && pos + 1 < _end && text[pos + 1] == '—')
        {
            return 2;
        }
        return text[pos] is '—' or '–' or '-' or '－' or '~' or '～' or '至' or '到' ? 1 : 0;
    }

    private int ScanPercentWords(int pos)
    {
        var numberStart = pos + PercentWords.Length;
        if (numberStart >= _end || !NumberReader.StartsNumber(text[numberStart])
            || !NumberReader.TryRead(text, numberStart, _end, true, out var number) || number.Magnitude.Length > 0)
        {
            return numberStart;
        }
        var tail = new UnitTail("", "%", FigureCategory.Percent, number.End, number.End);
        Add(number with { Start = pos }, null, tail, number.End);
        return number.End;
    }

    private void Add(ReadNumber first, decimal? max, UnitTail tail, int matchEnd)
    {
        if (_sentence is null)
        {
            var raw = text.AsSpan(_start, _end - _start);
            _sentenceStart = _start + raw.Length - raw.TrimStart().Length;
            _sentence = raw.Trim().ToString();
        }
        var label = FigureLabels.Build(text, Math.Max(_start, _labelFloor), _end, first.Start, matchEnd, tail.Category, out var labelEnd);
        var unit = tail.Unit == "%" && first.Start < _end && text[first.Start] == '百' ? "%" : tail.FullUnit;
        if (label.Length == 0 && _sentenceStart == first.Start && matchEnd - first.Start == _sentence.Length)
        {
            label = FigureLabels.OfCell(text, _sentenceStart);
        }
        if (intern is not null) label = intern(label);
        var matchStart = first.Start - _sentenceStart;
        var money = tail.Category == FigureCategory.Money
            ? MoneyClassifier.Classify(_sentence, matchStart, matchEnd - first.Start)
            : MoneyClass.None;
        figures.Add(new Figure(first.Value, max, unit, tail.Category, label, _sentence, matchStart, matchEnd - first.Start, money));
        _labelFloor = labelEnd;
    }

    /// <summary>Refuses ordinals (第三), placeholders next to digits (x3), codes (GB50099) and slogans (“四个…”).</summary>
    private bool IsAcceptablePrefix(int pos)
    {
        if (pos == _start)
        {
            return true;
        }
        var before = text[pos - 1];
        if (NumberReader.IsPlaceholder(before) || NumberReader.IsAsciiLetter(before)
            || before is '第' or '每' or '.' or '．' or '/' or '#' or '＃' or '№')
        {
            return false;
        }
        if (NumberReader.IsArabicDigit(text[pos]))
        {
            return true;
        }
        return before is not ('同' or '某' or '统' or '唯' or '逐' or '周' or '初' or '高' or '前' or '数' or '几'
            or '若' or '上' or '单' or '之' or '“' or '「' or '"' or '万');
    }

    private bool IsAcceptableSuffix(int pos) =>
        pos >= _end || !(NumberReader.IsPlaceholder(text[pos]) || NumberReader.IsAsciiLetter(text[pos]) || text[pos] == '几');

    /// <summary>一批, 一种, 一次性, 一人一档 and 二期工程 use a numeral without counting anything.</summary>
    private bool IsIdiom(ReadNumber number, UnitTail tail)
    {
        if (tail.Category != FigureCategory.Count)
        {
            return false;
        }
        var next = tail.End < _end ? text[tail.End] : '\0';
        if (next is '一' or '性')
        {
            return true;
        }
        // Plans write real counts in Arabic digits; a lone 一 before a measure word is nearly always idiom
        // (一批, 一人一案, 确保不漏一人), and 一期/两期 name a project phase.
        return number.IsChinese && (number.Value == 1 && number.End - number.Start == 1 || tail.Unit == "期");
    }
}
