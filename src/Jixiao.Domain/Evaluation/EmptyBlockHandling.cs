namespace Jixiao.Domain.Evaluation;

/// <summary>What happens to a block's points when it has no applicable indicator (e.g. no 满意度指标 was set).
/// National wording is unverified (DOMAIN.md §14 item 2), so the profile chooses.</summary>
public enum EmptyBlockHandling
{
    /// <summary>Spread over the other blocks in proportion to their points, so the maximum stays 100 (S12 "rescale remaining to 100").</summary>
    Redistribute,

    /// <summary>The points are lost; the maximum total is lower.</summary>
    Forfeit,
}
