using System.Globalization;
using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Values;

/// <summary>
/// One value cell as read by <see cref="ValueGrammar"/>: a target (指标值) or an actual (实际完成值, 1–N月完成值).
/// The text is kept exactly as written; the parts are what the review, the edit form, monitoring and scoring read.
/// </summary>
public sealed record ValueReading
{
    /// <summary>The cell exactly as written.</summary>
    public string Text { get; init; } = string.Empty;

    public ValueShape Shape { get; init; }

    /// <summary>"≥" for "≥95%", "95%以上", "不少于95%"; "=" when none is written; <see cref="Comparator.Between"/> for a range.</summary>
    public Comparator Comparator { get; init; }

    /// <summary>An operator was written (as a symbol or a word such as 不低于, 以上, 余).</summary>
    public bool ComparatorWritten { get; init; }

    /// <summary>"约100人", "100人左右": about, not exactly.</summary>
    public bool Approximate { get; init; }

    /// <summary>The number, or the lower bound of a range; for a date, its last month (for older callers).</summary>
    public decimal? Number { get; init; }

    /// <summary>The upper bound of a range.</summary>
    public decimal? Upper { get; init; }

    public UnitReading Unit { get; init; } = UnitReading.None;

    /// <summary>The date of a <see cref="ValueShape.Date"/> (the later end of a date range).</summary>
    public DateMark? Date { get; init; }

    /// <summary>Words kept beside the value: a note in brackets ("≥95%（抽样调查）"), a leftover template hint.</summary>
    public string Note { get; init; } = string.Empty;

    /// <summary>Why the text could not be read (Chinese), for <see cref="ValueShape.Invalid"/>.</summary>
    public string? Problem { get; init; }

    /// <summary>Number, range or date: something a later figure can be compared with.</summary>
    public bool IsMeasurable => Shape is ValueShape.Number or ValueShape.Range or ValueShape.Date;

    /// <summary>The amount in fen when the value is an amount of money (18.5万元 → 185,000,000 分); null otherwise
    /// or when it is not a whole number of fen.</summary>
    public long? Fen => Shape == ValueShape.Number && Unit.IsMoney && Number is { } n && Unit.FenPerUnit is { } per && decimal.IsInteger(n * per)
        ? (long)(n * per)
        : null;

    /// <summary>This value's number expressed in <paramref name="unit"/>: 118000元 in 万元 is 11.8, 1.2万株 in 株 is
    /// 12000. Exact (money goes through fen). Null when the two units measure different things.</summary>
    public decimal? NumberIn(UnitReading unit)
    {
        if (Shape != ValueShape.Number || Number is not { } n)
        {
            return null;
        }

        if (Unit.Dimension == UnitDimension.None || unit.Dimension == UnitDimension.None || Unit.Canonical == unit.Canonical)
        {
            return n;
        }

        if (Unit.FenPerUnit is { } from && unit.FenPerUnit is { } to && Unit.Dimension == unit.Dimension)
        {
            return n * from / to;
        }

        var sameBase = Unit.Dimension == unit.Dimension && Unit.Canonical.Length > 0 && unit.Canonical.Length > 0
            && Base(Unit) == Base(unit);
        return sameBase ? n * Unit.Scale / unit.Scale : null;
    }

    private static string Base(UnitReading unit) =>
        unit.Scale == 1 ? unit.Canonical : unit.Canonical.TrimStart('十', '百', '千', '万', '亿');

    /// <summary>Canonical form: "≥95%", "=3个", "80~90%", "≤2024年10月底", "≈100人"; the text itself for words.</summary>
    public string ToCanonicalString() => Shape switch
    {
        ValueShape.Number => (Approximate ? "≈" : Comparator.Symbol()) + Format(Number) + Unit.Canonical,
        ValueShape.Range => Format(Number) + "~" + Format(Upper) + Unit.Canonical,
        ValueShape.Date => Comparator.Symbol() + Date,
        _ => Text.Trim(),
    };

    public override string ToString() => Text;

    internal static string Format(decimal? value) =>
        value?.ToString("0.############", CultureInfo.InvariantCulture) ?? string.Empty;
}
