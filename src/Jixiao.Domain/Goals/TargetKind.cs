namespace Jixiao.Domain.Goals;

public enum TargetKind
{
    /// <summary>No value written.</summary>
    Empty,

    /// <summary>Measurable: a number with its operator and unit ("≥100百分比", "≤90万元"), a range ("80%-90%") or a
    /// date ("2024年10月底前").</summary>
    Quantitative,

    /// <summary>Words: "效果明显", "按计划实施", "较上年提高5%".</summary>
    Qualitative,

    /// <summary>Starts like a number or a comparator but cannot be read: "≥", "1.2.3%", "≥百分比".</summary>
    Invalid,

    /// <summary>A template blank or a non-value, alone or with a unit: "XX", "××人", "（≧**%）", "待定", "——", "/".</summary>
    Placeholder,
}
