namespace Jixiao.Domain.Goals;

public enum TargetKind
{
    /// <summary>No value written.</summary>
    Empty,

    /// <summary>Comparator, exact number and unit: "≥100百分比", "≤90万元".</summary>
    Quantitative,

    /// <summary>Words: "效果明显", "按计划实施", and also placeholders such as "无" or "**" (the review judges those).</summary>
    Qualitative,

    /// <summary>Starts like a number or a comparator but cannot be read: "≥", "1.2.3%", "≥百分比".</summary>
    Invalid,
}
