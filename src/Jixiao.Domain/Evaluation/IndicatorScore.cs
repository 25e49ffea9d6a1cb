namespace Jixiao.Domain.Evaluation;

/// <summary>The computed score of one indicator row, with how it was computed.</summary>
public sealed record IndicatorScore
{
    /// <summary>1-based row within the project's indicators.</summary>
    public required int Row { get; init; }

    public required EvaluationIndicator Indicator { get; init; }

    public required ScoringMethod Method { get; init; }

    /// <summary>The block the row belongs to, or null when its 一级指标 is in no block.</summary>
    public string? Block { get; init; }

    /// <summary>分值 after sharing and rescaling (unrounded); 0 for a not-applicable row.</summary>
    public decimal Points { get; init; }

    /// <summary>得分, rounded to 2 decimals.</summary>
    public decimal Score { get; init; }

    /// <summary>True when the form prints no 分值 for the row (nor for its 二级 group) and scoring took an equal share of
    /// its block: an assumption of ours, not the form's weight, so the declared 得分 is not compared with the score
    /// computed from it — only with the block's points, which the form or the profile does state.</summary>
    public bool PointsAssumed { get; init; }

    /// <summary>How 分值 was arrived at ("产出指标 50 ÷ 5 行 = 10.00").</summary>
    public string PointsExplanation { get; init; } = string.Empty;

    /// <summary>The formula with the numbers filled in ("得分 = 分值 20 × 实际 85 ÷ 目标 100 = 17.00").</summary>
    public required string Explanation { get; init; }

    /// <summary>实际完成值 as a number, for quantitative rows that could be read.</summary>
    public decimal? ActualNumber { get; init; }

    /// <summary>The qualitative grade the 实际完成值 names, for 定性 rows.</summary>
    public QualitativeBand? Band { get; init; }

    /// <summary>Why the row could not be scored as the form says (Chinese), or null.</summary>
    public string? Problem { get; init; }

    /// <summary>True when the row got its whole 分值.</summary>
    public bool IsFull => Method is not (ScoringMethod.NotApplicable or ScoringMethod.Unscorable or ScoringMethod.Subtotal) && Points > 0 && Score == ScoreRounding.Round(Points);

    /// <summary>Why the row could not be recomputed in a re-check (<see cref="ScoringMethod.Kept"/>), or null.</summary>
    public string? NotRecheckableReason { get; init; }

    /// <summary>True for a quantitative shortfall (below a 正向/等于 target, above a 反向 limit).</summary>
    public bool IsShortfall { get; init; }

    /// <summary>得分 as computed minus 得分 as declared, when both exist and the row was computed (not kept).</summary>
    public decimal? Difference =>
        Method is ScoringMethod.Kept or ScoringMethod.NotApplicable or ScoringMethod.Unscorable || PointsAssumed || Indicator.DeclaredScore is not { } declared
            ? null
            : Score - ScoreRounding.Round(declared);
}
