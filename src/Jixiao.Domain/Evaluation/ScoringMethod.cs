namespace Jixiao.Domain.Evaluation;

/// <summary>Which formula of DOMAIN.md §5.4 scored a row.</summary>
public enum ScoringMethod
{
    /// <summary>正向 (≥, &gt;).</summary>
    Positive,

    /// <summary>反向 (≤, &lt;), variant 1 or 2 by profile.</summary>
    Reverse,

    /// <summary>等于 (=), scored as 正向.</summary>
    Equal,

    /// <summary>定性: the evaluator's score within the band of the chosen grade.</summary>
    Qualitative,

    /// <summary>不适用: dropped, the block rescaled.</summary>
    NotApplicable,

    /// <summary>The row could not be scored (unreadable 实际完成值, invalid target); scores 0.</summary>
    Unscorable,

    /// <summary>不可复核 (re-check only): the row cannot be computed (定性, empty, no 分值, unreadable), so the
    /// evaluator's 得分 is kept.</summary>
    Kept,

    /// <summary>A group or 小计 row: the sum of the rows under it, not scored on its own.</summary>
    Subtotal,
}
