using System.Globalization;
using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Values;

/// <summary>Reads one normalised value core left to right for <see cref="ValueGrammar"/>: operator, date, number,
/// range, unit, suffix words.</summary>
/// <remarks>A struct: one scanner per value cell read, used once, on the stack.</remarks>
/// <param name="text">The cell as written and <paramref name="note"/> the note taken off it: put into the reading
/// made, so that it is not copied once more to add them.</param>
internal struct ValueScanner(string s, UnitCatalog units, string text = "", string note = "")
{
    private int _pos;

    public ValueReading Read()
    {
        var (comparator, written, approximate, symbol) = ReadPrefix();
        var afterPrefix = _pos;
        if (DateReader.TryRead(s, _pos, out var date, out var dateEnd, out var before) && dateEnd == s.Length)
        {
            // A date without an operator is a deadline: done by then.
            var op = written ? comparator : Comparator.LessOrEqual;
            return new ValueReading
            {
                Text = text,
                Note = note,
                Shape = ValueShape.Date,
                Comparator = op,
                ComparatorWritten = written || before,
                Date = date,
                Number = date.LastMonth,
                Unit = DateUnit(date),
            };
        }

        _pos = afterPrefix;
        var rest = ValueGrammar.StripSuffixWords(s[_pos..]);
        if (rest.Length > 0 && rest.All(c => char.IsLetter(c) || c is '%' or '‰' or '/' or '·') && units.Resolve(rest).IsKnown)
        {
            // "≥百分比", "≧ %": an operator and a unit, the number missing; "公里", "万亩": a template's unit column
            // with the figure never written.
            return symbol
                ? new ValueReading { Text = text, Note = note, Shape = ValueShape.Invalid, Problem = $"指标值“{s}”有比较符号“{comparator.Symbol()}”但后面没有数字" }
                : new ValueReading { Text = text, Note = note, Shape = ValueShape.Placeholder };
        }

        if (!TryReadNumber(out var number, out var chinese, out var percentWord, out var problem))
        {
            if (problem is not null)
            {
                return Invalid($"指标值“{s}”中的数字“{problem}”无法识别");
            }

            if (symbol && rest.Length == 0)
            {
                return Invalid($"指标值“{s}”有比较符号“{comparator.Symbol()}”但后面没有数字");
            }

            return TextReading();
        }

        if (Peek("余") || Peek("多"))
        {
            // "100余人": more than 100.
            _pos++;
            if (!written)
            {
                (comparator, written) = (Comparator.GreaterOrEqual, true);
            }
        }

        var unitText = percentWord ?? ReadUnit();
        if (TryRange(number, ref unitText, out var upper))
        {
            comparator = Comparator.Between;
            written = true;
        }
        else if (TryTwoSided(comparator, number, unitText, out var twoSided))
        {
            return twoSided;
        }

        if (ReadSuffix() is { } suffix && !written)
        {
            (comparator, written, approximate) = (suffix.Comparator, true, suffix.Approximate);
        }

        SkipTrailingWords();
        if (_pos < s.Length)
        {
            return TextReading();
        }

        var unit = units.Resolve(unitText);
        if (!unit.IsKnown && (chinese || !IsPlausibleUnit(unitText) || IsYearPhrase(number, unitText)))
        {
            // "2022年全年", "一次性", "12月底前完成全部工作": words that start with a figure.
            return TextReading();
        }

        return new ValueReading
        {
            Text = text,
            Note = note,
            Shape = comparator == Comparator.Between ? ValueShape.Range : ValueShape.Number,
            Comparator = comparator,
            ComparatorWritten = written,
            Approximate = approximate,
            Number = number,
            Upper = comparator == Comparator.Between ? upper : null,
            Unit = unit,
        };

    }

    private (Comparator Comparator, bool Written, bool Approximate, bool Symbol) ReadPrefix()
    {
        var result = (Comparator.Equal, false, false, false);
        var found = true;
        while (found && _pos < s.Length)
        {
            found = false;
            foreach (var (word, comparator, approximate, symbol) in ValueWords.Prefixes)
            {
                if (string.CompareOrdinal(s, _pos, word, 0, word.Length) == 0)
                {
                    _pos += word.Length;
                    // "约" after "≥" keeps the operator and marks the value as approximate.
                    result = approximate && result.Item2
                        ? (result.Item1, true, true, result.Item4)
                        : (comparator, true, approximate || result.Item3, symbol || result.Item4);
                    found = true;
                    break;
                }
            }
        }

        return result;
    }

    private bool TryReadNumber(out decimal number, out bool chinese, out string? percentWord, out string? problem)
    {
        number = 0;
        chinese = false;
        percentWord = null;
        problem = null;
        foreach (var (word, unit) in new[] { ("百分之", "%"), ("千分之", "‰") })
        {
            if (Peek(word))
            {
                var save = _pos;
                _pos += word.Length;
                if (TryReadNumber(out number, out chinese, out _, out problem))
                {
                    percentWord = unit;
                    chinese = false;
                    return true;
                }

                _pos = save;
                return false;
            }
        }

        var start = _pos;
        if (_pos < s.Length && s[_pos] is '-' or '+' && _pos + 1 < s.Length && char.IsAsciiDigit(s[_pos + 1]))
        {
            _pos++;
        }

        var digitsStart = _pos;
        while (_pos < s.Length && (char.IsAsciiDigit(s[_pos]) || (s[_pos] is '.' or ',' && _pos + 1 < s.Length && char.IsAsciiDigit(s[_pos + 1]))))
        {
            _pos++;
        }

        if (_pos > digitsStart)
        {
            var figure = s[start.._pos].Replace(",", "", StringComparison.Ordinal);
            if (!decimal.TryParse(figure, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
            {
                problem = figure;
                return false;
            }

            return true;
        }

        _pos = start;
        // A numeral starts with a digit word or 十 (十二期); "百分比", "千克" are units, not numbers.
        var length = _pos < s.Length && s[_pos] is not ('百' or '千') ? ChineseNumber.Read(s, _pos, out number) : 0;
        if (length == 0)
        {
            return false;
        }

        _pos += length;
        chinese = true;
        return true;
    }

    /// <summary>The unit: letters (and %, ‰, /, ·) up to a range separator, an operator, a bracket or the words
    /// that may end a value (以上, 以内, 左右, 完成 …).</summary>
    private string ReadUnit()
    {
        var start = _pos;
        while (_pos < s.Length && IsUnitChar(s, _pos) && !IsTail(_pos))
        {
            var c = s[_pos];
            _pos++;
            if (c is '%' or '‰' && !(Peek("/")))
            {
                break;
            }
        }

        return s[start.._pos];
    }

    private static bool IsUnitChar(string s, int i)
    {
        var c = s[i];
        if (char.IsLetter(c))
        {
            return !(c == '至' || c == '到' || c == '且' || c == '并');
        }

        return c is '%' or '‰' or '/' or '·' or '*' or '×' or '²' or '³' or '㎡' or '㎞' or '㎏' or '㎥'
            || (char.IsAsciiDigit(c) && i > 0 && char.IsAsciiLetter(s[i - 1]));
    }

    /// <summary>From <paramref name="at"/> to the end there are only suffix operators and trailing words.</summary>
    private bool IsTail(int at)
    {
        if (at == s.Length)
        {
            return true;
        }

        foreach (var (word, _, _) in ValueWords.Suffixes)
        {
            if (string.CompareOrdinal(s, at, word, 0, word.Length) == 0 && IsTail(at + word.Length))
            {
                return true;
            }
        }

        foreach (var word in ValueWords.TrailingWords)
        {
            if (string.CompareOrdinal(s, at, word, 0, word.Length) == 0 && IsTail(at + word.Length))
            {
                return true;
            }
        }

        return false;
    }

    private bool TryRange(decimal lower, ref string unitText, out decimal upper)
    {
        upper = 0;
        if (_pos >= s.Length || !ValueWords.RangeSeparators.Contains(s[_pos]))
        {
            return false;
        }

        var save = _pos;
        _pos++;
        if (!TryReadNumber(out upper, out _, out var percentWord, out _))
        {
            _pos = save;
            return false;
        }

        var second = percentWord ?? ReadUnit();
        if (unitText.Length > 0 && second.Length > 0 && units.Resolve(unitText).Canonical != units.Resolve(second).Canonical)
        {
            _pos = save;
            return false;
        }

        unitText = second.Length > 0 ? second : unitText;
        if (upper < lower)
        {
            (lower, upper) = (upper, lower);
        }

        return true;
    }

    /// <summary>"≥80%且≤90%", "不低于80%不高于90%", "80%≤X≤90%": two opposite bounds make a range.</summary>
    private bool TryTwoSided(Comparator first, decimal number, string unitText, out ValueReading reading)
    {
        reading = null!;
        var save = _pos;
        foreach (var connector in ValueWords.Connectors)
        {
            if (Peek(connector))
            {
                _pos += connector.Length;
                break;
            }
        }

        var (op1, written1, _, _) = ReadPrefix();
        if (written1 && first == Comparator.Equal && _pos < s.Length && char.IsLetter(s[_pos]))
        {
            // "80%≤X≤90%": the middle names the indicator.
            while (_pos < s.Length && char.IsLetter(s[_pos]))
            {
                _pos++;
            }

            var (op2, written2, _, _) = ReadPrefix();
            if (written2 && op1.IsLowerBetter() == op2.IsLowerBetter() && op1.IsLowerBetter() && TryReadNumber(out var high, out _, out var pw, out _))
            {
                var u2 = pw ?? ReadUnit();
                return Finish(number, high, u2.Length > 0 ? u2 : unitText, out reading, save);
            }
        }
        else if (written1 && first != Comparator.Equal && first.IsHigherBetter() != op1.IsHigherBetter() && TryReadNumber(out var other, out _, out var pw, out _))
        {
            var u2 = pw ?? ReadUnit();
            var (lower, upper) = first.IsHigherBetter() ? (number, other) : (other, number);
            return Finish(lower, upper, u2.Length > 0 ? u2 : unitText, out reading, save);
        }

        _pos = save;
        return false;
    }

    private bool Finish(decimal lower, decimal upper, string unitText, out ValueReading reading, int save)
    {
        reading = null!;
        SkipTrailingWords();
        var unit = units.Resolve(unitText);
        if (_pos < s.Length || !(unit.IsKnown || IsPlausibleUnit(unitText)) || upper < lower)
        {
            _pos = save;
            return false;
        }

        reading = new ValueReading
        {
            Text = text,
            Note = note,
            Shape = ValueShape.Range,
            Comparator = Comparator.Between,
            ComparatorWritten = true,
            Number = lower,
            Upper = upper,
            Unit = unit,
        };
        return true;
    }

    private (Comparator Comparator, bool Approximate)? ReadSuffix()
    {
        foreach (var (word, comparator, approximate) in ValueWords.Suffixes)
        {
            if (Peek(word) && IsTail(_pos))
            {
                _pos += word.Length;
                return (comparator, approximate);
            }
        }

        return null;
    }

    private void SkipTrailingWords()
    {
        var moved = true;
        while (moved && _pos < s.Length)
        {
            moved = false;
            // Two loops, not a concatenated query: this runs after every number read.
            foreach (var word in ValueWords.TrailingWords)
            {
                if (Peek(word))
                {
                    _pos += word.Length;
                    moved = true;
                    break;
                }
            }

            if (moved)
            {
                continue;
            }

            foreach (var (word, _, _) in ValueWords.Suffixes)
            {
                if (Peek(word))
                {
                    _pos += word.Length;
                    moved = true;
                    break;
                }
            }
        }
    }

    private readonly ValueReading TextReading() => new() { Text = text, Note = note, Shape = ValueShape.Text };

    private readonly ValueReading Invalid(string why) => new() { Text = text, Note = note, Shape = ValueShape.Invalid, Problem = why };

    private bool Peek(string word) => string.CompareOrdinal(s, _pos, word, 0, word.Length) == 0 && _pos + word.Length <= s.Length;

    private static bool IsPlausibleUnit(string unit) =>
        unit.Length <= 4 && unit.All(c => char.IsLetter(c) || c is '/' or '·');

    /// <summary>"2022年全年", "2024年底": a year followed by words is a date phrase, not a quantity of 年.</summary>
    private static bool IsYearPhrase(decimal number, string unit) =>
        number is >= 1990 and <= 2100 && decimal.IsInteger(number) && unit.Length > 1 && unit[0] == '年';

    private static UnitReading DateUnit(DateMark date)
    {
        var text = date.ToString();
        var month = text.IndexOf('月', StringComparison.Ordinal);
        var tail = month >= 0 ? text[month..] : date.Quarter is not null ? "季度" : date.Half is not null ? "半年" : "年";
        return new UnitReading { Text = tail, Canonical = tail, Dimension = UnitDimension.Time, Numerator = UnitDimension.Time, IsKnown = true };
    }
}
