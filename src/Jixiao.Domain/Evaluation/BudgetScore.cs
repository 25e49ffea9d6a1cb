namespace Jixiao.Domain.Evaluation;

/// <summary>预算执行率 score: 分值 × min(B/A, 1). <see cref="Kept"/> (re-check only) when it could not be computed and
/// the evaluator's 得分 was kept.</summary>
public sealed record BudgetScore(decimal? ExecutionRate, decimal Points, decimal Score, string Explanation)
{
    public bool Kept { get; init; }
}
