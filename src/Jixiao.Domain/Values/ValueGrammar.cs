using Jixiao.Domain.Text;

namespace Jixiao.Domain.Values;

/// <summary>
/// The one grammar for value cells (指标值, 实际完成值, 1–N月完成值), used by the readers, the review, the edit form and
/// the API, monitoring and scoring alike:
/// <code>
/// value     := placeholder | [note] core [note]
/// core      := date | number-value | range | text
/// number-value := [prefix-op] number [余|多] [unit] [suffix-op] [trailing-word]
/// range     := number [unit] (-|~|—|至|到) number [unit]  |  op number unit (且|,)? op number unit  |  number unit op X op number unit
/// date      := [prefix-op] [YYYY年[度]] (M月[D日|底|末|初|上旬|中旬|下旬] | [第]N季度[末] | 上半年 | 下半年 | 底) [前|之前|内|止]
/// number    := [+-]digits[.digits] | Chinese numeral (三, 十二, 两) before a known unit | 百分之N | 千分之N
/// prefix-op := ≥ ≤ &gt; &lt; = ≧ ≦ ＞ ＜ ＝ ═ &gt;= =&gt; &lt;= =&lt; | 不低于 不少于 至少 达到 不高于 不超过 控制在 大于 小于 约 …
/// suffix-op := 以上 及以上 以下 以内 之内 内 左右 前 之前 …
/// </code>
/// Units come from <see cref="UnitCatalog"/> with composition; an unknown unit is still read (and flagged by the review
/// as info). Words that do not fit are <see cref="ValueShape.Text"/>; only an operator with nothing measurable after
/// it, or a malformed figure, is <see cref="ValueShape.Invalid"/>.
/// </summary>
public static class ValueGrammar
{
    public static ValueReading Parse(string? text) => Parse(text, UnitCatalog.Default);

    public static ValueReading Parse(string? text, UnitCatalog units)
    {
        var original = text ?? string.Empty;
        var s = Normalize(original);
        if (s.Length == 0)
        {
            return new ValueReading { Text = original, Shape = ValueShape.Empty };
        }

        if (IsPlaceholder(s, units))
        {
            return Placeholder(original);
        }

        // The note is a string, not a builder: almost no value has one, and every value cell of every table is read.
        var note = string.Empty;
        s = TrimPunctuation(s.Replace("(含)", "", StringComparison.Ordinal));
        s = TakeNotes(s, ref note, units);
        if (s.Length == 0 || IsPlaceholder(s, units))
        {
            return Placeholder(original, note);
        }

        // The scanner puts the text and note into its reading: one reading per value, not one and a copy.
        var reading = new ValueScanner(s, units, original, note).Read();
        if (reading.Shape == ValueShape.Text && s.IndexOfAny(RemarkSeparators) is var cut and > 0)
        {
            // "≥3次,每季度1次": a complete value, then a remark.
            var head = new ValueScanner(s[..cut], units).Read();
            if (head.IsMeasurable)
            {
                Append(ref note, s[(cut + 1)..]);
                return head with { Text = original, Note = note };
            }
        }

        return reading;
    }

    /// <summary>Half-width, no whitespace, look-alike operators mapped: the form the grammar reads.</summary>
    /// <remarks>The text itself when nothing changes (most cells), else one new string.</remarks>
    public static string Normalize(string text)
    {
        var half = ChineseText.Key(text);
        var first = 0;
        while (first < half.Length && ValueWords.LookAlike(half[first]) == half[first])
        {
            first++;
        }

        if (first == half.Length)
        {
            return half;
        }

        return string.Create(half.Length, half, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = ValueWords.LookAlike(source[i]);
            }
        });
    }

    /// <summary>True for a template blank or a non-value, alone or with an operator and a unit: "XX", "××人",
    /// "≥**%", "（≧**%）", "待定", "——", "/".</summary>
    /// <remarks>One array, not one per call (Trim's params): every value cell of every table is asked.</remarks>
    private static readonly char[] Parentheses = ['(', ')'];

    public static bool IsPlaceholder(string normalized, UnitCatalog units)
    {
        var s = normalized.Trim(Parentheses);
        if (s.Length == 0)
        {
            return normalized.Length > 0;
        }

        if (units.Placeholders.Contains(s))
        {
            return true;
        }

        var pos = 0;
        while (pos < s.Length && "≥≤<>=≈".Contains(s[pos]))
        {
            pos++;
        }

        var start = pos;
        while (pos < s.Length && units.PlaceholderSymbols.Contains(s[pos]))
        {
            pos++;
        }

        if (pos == start)
        {
            return false;
        }

        var rest = StripSuffixWords(s[pos..]);
        return rest.Length == 0 || (rest.Length <= 6 && rest.All(c => char.IsLetter(c) || c is '%' or '‰' or '/' or '·') && units.Resolve(rest).IsKnown);
    }

    internal static string StripSuffixWords(string s)
    {
        var changed = true;
        while (changed && s.Length > 0)
        {
            changed = false;
            foreach (var (word, _, _) in ValueWords.Suffixes)
            {
                if (s.EndsWith(word, StringComparison.Ordinal))
                {
                    s = s[..^word.Length];
                    changed = true;
                    break;
                }
            }
        }

        return s;
    }

    /// <summary>Takes a bracketed note off the end ("≥95%（抽样调查）"), a leftover template hint off the start
    /// ("（≥**株）≥17600株") and unwraps a value written wholly in brackets.</summary>
    private static string TakeNotes(string s, ref string note, UnitCatalog units)
    {
        if (s.Length > 1 && s[0] == '(')
        {
            var close = s.IndexOf(')', StringComparison.Ordinal);
            if (close == s.Length - 1)
            {
                s = s[1..^1];
            }
            else if (close > 0 && IsPlaceholder(s[1..close], units))
            {
                Append(ref note, s[..(close + 1)]);
                s = TrimPunctuation(s[(close + 1)..]);
            }
        }

        if (s.Length > 1 && s[^1] == ')')
        {
            var open = s.LastIndexOf('(');
            if (open > 0)
            {
                Append(ref note, s[(open + 1)..^1]);
                s = TrimPunctuation(s[..open]);
            }
        }

        return s;
    }

    private static void Append(ref string note, string text)
    {
        if (text.Length > 0)
        {
            note = note.Length > 0 ? note + "；" + text : text;
        }
    }

    private static readonly char[] RemarkSeparators = [',', ';', '，', '；'];

    private static readonly char[] TrailingPunctuation = ValueWords.TrailingPunctuation.ToCharArray();

    private static string TrimPunctuation(string s) => s.Trim().TrimEnd(TrailingPunctuation);

    private static ValueReading Placeholder(string original, string note = "") =>
        new() { Text = original, Shape = ValueShape.Placeholder, Note = note };
}
