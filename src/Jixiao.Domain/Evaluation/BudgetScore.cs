namespace Jixiao.Domain.Evaluation;

/// <summary>预算执行率 score: 分值 × min(B/A, 1).</summary>
public sealed record BudgetScore(decimal? ExecutionRate, decimal Points, decimal Score, string Explanation);
