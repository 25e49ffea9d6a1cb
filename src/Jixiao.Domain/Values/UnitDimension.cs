namespace Jixiao.Domain.Values;

/// <summary>What a unit measures. Rates (percent, per-unit amounts) do not accumulate over the year; amounts do.</summary>
public enum UnitDimension
{
    /// <summary>No unit written ("120").</summary>
    None,
    Percent,
    Permille,
    PercentagePoint,
    Money,
    Count,
    Length,
    Area,
    Volume,
    Mass,
    Energy,
    Time,
    Score,
    Ratio,
    Other,

    /// <summary>A/B: 元/亩, 人次/年, 元/人·月.</summary>
    PerUnit,

    /// <summary>A short word that looks like a unit but is in no dictionary.</summary>
    Unknown,
}
