namespace Jixiao.Application.Execution;

/// <summary>One indicator row of <see cref="SelfEvaluationInput"/>.</summary>
public sealed class SelfEvaluationIndicatorInput
{
    /// <summary>Row of the approved table (1-based).</summary>
    public int Row { get; set; }

    /// <summary>实际完成值 (a number, or the grade for a 定性 row).</summary>
    public string? Actual { get; set; }

    /// <summary>分值; empty to share the block's points equally.</summary>
    public decimal? Points { get; set; }

    /// <summary>得分 the unit gives (required for 定性 rows).</summary>
    public decimal? DeclaredScore { get; set; }

    /// <summary>偏差原因分析及改进措施.</summary>
    public string? DeviationReason { get; set; }

    public bool NotApplicable { get; set; }
}
