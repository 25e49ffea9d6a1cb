namespace Jixiao.Domain.Values;

/// <summary>
/// The unit of a value as understood: "万株" is 株 counted in 10,000s, "元/亩" money per 亩, "个工作日" days.
/// <see cref="Text"/> is the unit as written (without the words around it), <see cref="Canonical"/> the form used
/// to compare units (百分比 → %, 元/人*月 → 元/人·月).
/// </summary>
public sealed record UnitReading
{
    public static UnitReading None { get; } = new() { Dimension = UnitDimension.None, IsKnown = true };

    public string Text { get; init; } = string.Empty;

    public string Canonical { get; init; } = string.Empty;

    public UnitDimension Dimension { get; init; }

    /// <summary>For A/B units, what A measures (元/亩 → money); otherwise the same as <see cref="Dimension"/>.</summary>
    public UnitDimension Numerator { get; init; }

    /// <summary>In the unit dictionary, or composed only of dictionary units and prefixes.</summary>
    public bool IsKnown { get; init; }

    /// <summary>Fen in one unit of money (万元 → 1,000,000; 元/亩 → 100 per 亩); null when the numerator is not money.</summary>
    public long? FenPerUnit { get; init; }

    /// <summary>The 万/亿/千 multiplier written before the base unit (万株 → 10,000), 1 when none.</summary>
    public decimal Scale { get; init; } = 1;

    public bool IsPercent => Dimension == UnitDimension.Percent;

    /// <summary>An amount of money (万元, 元), not a unit price (元/亩).</summary>
    public bool IsMoney => Dimension == UnitDimension.Money;

    /// <summary>A rate that does not accumulate month by month: %, ‰, 个百分点, 倍, a score, an A/B unit.</summary>
    public bool IsRate => Dimension is UnitDimension.Percent or UnitDimension.Permille or UnitDimension.PercentagePoint
        or UnitDimension.Ratio or UnitDimension.Score or UnitDimension.PerUnit;

    /// <summary>A duration or a point in time (天, 个工作日, 分钟, 月).</summary>
    public bool IsTime => Dimension == UnitDimension.Time || (Dimension == UnitDimension.PerUnit && Numerator == UnitDimension.Time);

    public override string ToString() => Canonical;
}
