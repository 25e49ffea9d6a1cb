namespace Jixiao.Data.Entities;

/// <summary>One indicator row of a <see cref="SelfEvaluation"/>; <see cref="Row"/> is the row of the project's
/// approved table, whose 年度指标值 applies.</summary>
public class SelfEvaluationIndicatorEntry
{
    public long EvaluationId { get; set; }

    public int Row { get; set; }

    /// <summary>实际完成值 as written (a number, or a grade word for a 定性 row).</summary>
    public string Actual { get; set; } = string.Empty;

    /// <summary>分值 written on the form; null to share the block equally.</summary>
    public decimal? Points { get; set; }

    /// <summary>得分 the unit declared (required for 定性 rows).</summary>
    public decimal? DeclaredScore { get; set; }

    /// <summary>偏差原因分析及改进措施.</summary>
    public string DeviationReason { get; set; } = string.Empty;

    public bool NotApplicable { get; set; }
}
