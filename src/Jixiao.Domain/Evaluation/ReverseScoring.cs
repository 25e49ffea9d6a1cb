namespace Jixiao.Domain.Evaluation;

/// <summary>How a 反向 (≤, &lt;) indicator that exceeded its limit is scored (DOMAIN.md §5.4); chosen by the profile.</summary>
public enum ReverseScoring
{
    /// <summary>Variant 1 (local instructions, S12): 分值 × 目标 ÷ 实际.</summary>
    Ratio,

    /// <summary>Variant 2 (vendor configuration, S13): 分值 × (1 − (实际 − 目标) ÷ 目标), 0 from twice the target.</summary>
    Linear,
}
