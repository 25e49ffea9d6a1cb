using Jixiao.Domain.Text;
using Jixiao.Domain.Values;

namespace Jixiao.Domain.Goals;

/// <summary>
/// 指标值: read by the one value grammar (<see cref="ValueGrammar"/>) while keeping the text exactly as written.
/// The same reading serves the review, the edit form and the API, monitoring and self-evaluation scoring.
/// <see cref="Reading"/> has everything the grammar found (range bounds, date, unit dimension, money in fen, note);
/// the properties below are the common questions.
/// </summary>
public sealed record TargetValue
{
    private TargetValue(ValueReading reading)
    {
        Reading = reading;
        Kind = reading.Shape switch
        {
            ValueShape.Empty => TargetKind.Empty,
            ValueShape.Number or ValueShape.Range or ValueShape.Date => TargetKind.Quantitative,
            ValueShape.Placeholder => TargetKind.Placeholder,
            ValueShape.Invalid => TargetKind.Invalid,
            _ => TargetKind.Qualitative,
        };
    }

    /// <summary>What the grammar read.</summary>
    public ValueReading Reading { get; }

    /// <summary>The value exactly as written in the source (for display and audit).</summary>
    public string Text => Reading.Text;

    public TargetKind Kind { get; }

    public Comparator Comparator => Reading.Comparator;

    /// <summary>True when the comparator was written (as a symbol or a word); "100百分比" has an implied '='.</summary>
    public bool ComparatorWritten => Reading.ComparatorWritten;

    /// <summary>The number; the lower bound of a range; the last month of a date.</summary>
    public decimal? Number => Kind == TargetKind.Quantitative ? Reading.Number : null;

    /// <summary>The upper bound of a range ("80%-90%" → 90).</summary>
    public decimal? Upper => Reading.Upper;

    /// <summary>The date of a deadline ("2024年10月底前").</summary>
    public DateMark? Date => Reading.Date;

    /// <summary>The unit as written ("百分比", "%", "个", "元/人*月"), or empty.</summary>
    public string Unit => Kind == TargetKind.Quantitative ? Reading.Unit.Text : string.Empty;

    /// <summary>The unit as understood: dimension, known or not, fen per unit for money.</summary>
    public UnitReading UnitInfo => Kind == TargetKind.Quantitative ? Reading.Unit : UnitReading.None;

    /// <summary>Why the text could not be read (Chinese), for <see cref="TargetKind.Invalid"/>.</summary>
    public string? Problem => Reading.Problem;

    public bool IsQuantitative => Kind == TargetKind.Quantitative;

    public bool IsRange => Reading.Shape == ValueShape.Range;

    public bool IsDate => Reading.Shape == ValueShape.Date;

    /// <summary>The unit in canonical form: 百分比 and ％ become %, 元/人*月 becomes 元/人·月.</summary>
    public string NormalizedUnit => UnitInfo.Canonical;

    public bool IsPercent => IsQuantitative && UnitInfo.IsPercent;

    public static TargetValue Empty { get; } = new(new ValueReading { Shape = ValueShape.Empty });

    /// <summary>The canonical form of a unit written on its own ("百分比" → "%").</summary>
    public static string NormalizeUnit(string unit)
    {
        var key = ChineseText.Key(unit);
        return key.Length == 0 ? key : UnitCatalog.Default.Resolve(key).Canonical;
    }

    public static TargetValue Parse(string? text) => new(ValueGrammar.Parse(text));

    /// <summary>
    /// A target from the three columns some tables use instead of one cell (指标性质/指标方向, 指标值, 度量单位), e.g.
    /// "≥" | "95" | "%", "大于等于" | "1" | "次", "定性" | "优" | "". The parts are joined and read by the same grammar, so
    /// the result is exactly what "≥95%" in one cell would give; <see cref="Text"/> is the joined text.
    /// </summary>
    public static TargetValue FromParts(string? sign, string? value, string? unit)
    {
        var v = (value ?? string.Empty).Trim();
        var u = (unit ?? string.Empty).Trim();
        var op = ChineseText.Key(sign ?? string.Empty) switch
        {
            "定性" or "正向" or "反向" or "定量" or "" => string.Empty,
            var other => other,
        };
        if (v.Length == 0)
        {
            return Empty;
        }

        // A unit column repeated in the value ("95%" with "%") is not doubled.
        var joined = op + v + (u.Length > 0 && !ChineseText.Key(v).EndsWith(ChineseText.Key(u), StringComparison.Ordinal) ? u : string.Empty);
        return Parse(joined);
    }

    /// <summary>Canonical form: "≥100%", "=5个", "80~90%", "≤10月底"; the original text for anything not quantitative.</summary>
    public string ToCanonicalString() => Reading.ToCanonicalString();

    public override string ToString() => Text;
}
