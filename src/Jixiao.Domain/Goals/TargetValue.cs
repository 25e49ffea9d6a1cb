using System.Globalization;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Goals;

/// <summary>
/// 指标值: parsed by the grammar of DOMAIN.md §3.3 while keeping the text exactly as written.
/// <code>
/// TargetValue := Quantitative{op ∈ {≥,≤,=,&gt;,&lt;}, number, unit} | Qualitative{text}
/// op absent ⇒ '='; ＞→&gt;, ＜→&lt;, ＝→=, &gt;= → ≥, &lt;= → ≤, ≧ → ≥, ≦ → ≤; full-width digits → ASCII
/// unit words: 百分比 ≡ %, 个, 次, 人, 万元 …
/// </code>
/// </summary>
public sealed record TargetValue
{
    private TargetValue(string text, TargetKind kind)
    {
        Text = text;
        Kind = kind;
    }

    /// <summary>The value exactly as written in the source (for display and audit).</summary>
    public string Text { get; }

    public TargetKind Kind { get; }

    public Comparator Comparator { get; private init; }

    /// <summary>True when the comparator was written; "100百分比" has an implied '='.</summary>
    public bool ComparatorWritten { get; private init; }

    public decimal? Number { get; private init; }

    /// <summary>The unit as written ("百分比", "%", "个"), or empty.</summary>
    public string Unit { get; private init; } = string.Empty;

    /// <summary>Why the text could not be read (Chinese), for <see cref="TargetKind.Invalid"/>.</summary>
    public string? Problem { get; private init; }

    public bool IsQuantitative => Kind == TargetKind.Quantitative;

    /// <summary>The unit in canonical form: 百分比 and ％ become %, other units unchanged.</summary>
    public string NormalizedUnit => NormalizeUnit(Unit);

    public bool IsPercent => IsQuantitative && NormalizedUnit == "%";

    public static TargetValue Empty { get; } = new(string.Empty, TargetKind.Empty);

    public static string NormalizeUnit(string unit) => ChineseText.Key(unit) switch
    {
        "百分比" or "%" or "百分之" or "百分率" => "%",
        var other => other,
    };

    public static TargetValue Parse(string? text)
    {
        var original = text ?? string.Empty;
        var s = ChineseText.ToHalfWidth(original).Trim();
        if (s.Length == 0)
        {
            return Empty;
        }

        var pos = 0;
        var comparator = ReadComparator(s, ref pos, out var written);
        while (pos < s.Length && char.IsWhiteSpace(s[pos]))
        {
            pos++;
        }

        var numberStart = pos;
        while (pos < s.Length && (char.IsAsciiDigit(s[pos]) || s[pos] is '.' or ','))
        {
            pos++;
        }

        var numberText = s[numberStart..pos].Replace(",", "", StringComparison.Ordinal);
        if (numberText.Length == 0)
        {
            if (written)
            {
                return Invalid(original, $"指标值“{original.Trim()}”有比较符号“{comparator.Symbol()}”但后面没有数字");
            }

            return new TargetValue(original, TargetKind.Qualitative);
        }

        if (!decimal.TryParse(numberText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return Invalid(original, $"指标值“{original.Trim()}”中的数字“{numberText}”无法识别");
        }

        var unit = s[pos..].Trim();
        if (!IsPlausibleUnit(unit) || IsYearPhrase(number, unit))
        {
            // "2022年全年", "12月底前完成" start with a number but are words: a qualitative value
            // (the review asks for a measurable form), unless a comparator promised a number.
            if (written)
            {
                return Invalid(original, $"指标值“{original.Trim()}”的计量单位“{unit}”无法识别，应为数字加单位，例如“≥95%”“≤10万元”");
            }

            return new TargetValue(original, TargetKind.Qualitative);
        }

        return new TargetValue(original, TargetKind.Quantitative)
        {
            Comparator = comparator,
            ComparatorWritten = written,
            Number = number,
            Unit = unit,
        };
    }

    private static TargetValue Invalid(string original, string problem) =>
        new(original, TargetKind.Invalid) { Problem = problem };

    /// <summary>"2022年全年", "2024年底": a year followed by words is a date phrase, not a quantity of 年.</summary>
    private static bool IsYearPhrase(decimal number, string unit) =>
        number is >= 1990 and <= 2100 && decimal.IsInteger(number) && unit.Length > 1 && unit[0] == '年';

    /// <summary>A unit is a short word without digits or punctuation: 百分比, %, 个, 人次, 万元, 天, 月底.</summary>
    private static bool IsPlausibleUnit(string unit)
    {
        if (unit.Length > 6)
        {
            return false;
        }

        foreach (var c in unit)
        {
            if (char.IsDigit(c) || (char.IsPunctuation(c) && c != '%') || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static Comparator ReadComparator(string s, ref int pos, out bool written)
    {
        written = true;
        var two = s.Length >= 2 ? s[..2] : s;
        switch (two)
        {
            case ">=" or "=>":
                pos = 2;
                return Comparator.GreaterOrEqual;
            case "<=" or "=<":
                pos = 2;
                return Comparator.LessOrEqual;
            case "==":
                pos = 2;
                return Comparator.Equal;
        }

        switch (s[0])
        {
            case '≥' or '≧' or '⩾':
                pos = 1;
                return Comparator.GreaterOrEqual;
            case '≤' or '≦' or '⩽':
                pos = 1;
                return Comparator.LessOrEqual;
            case '>':
                pos = 1;
                return Comparator.Greater;
            case '<':
                pos = 1;
                return Comparator.Less;
            case '=':
                pos = 1;
                return Comparator.Equal;
        }

        written = false;
        return Comparator.Equal;
    }

    /// <summary>Canonical form: "≥100%", "=5个"; the original text for anything not quantitative.</summary>
    public string ToCanonicalString() => IsQuantitative
        ? Comparator.Symbol() + Number!.Value.ToString("0.############", CultureInfo.InvariantCulture) + NormalizedUnit
        : Text.Trim();

    public override string ToString() => Text;
}
