using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Evaluation;

/// <summary>The money block of the 自评表: 年初预算数, 全年预算数 (A), 全年执行数 (B), and the breakdown rows.</summary>
public sealed record BudgetExecution
{
    /// <summary>年初预算数.</summary>
    public Money InitialBudget { get; init; }

    /// <summary>全年预算数 A (调整后预算数).</summary>
    public Money AdjustedBudget { get; init; }

    /// <summary>全年执行数 B.</summary>
    public Money Spent { get; init; }

    /// <summary>其中 rows (当年财政拨款, 上年结转资金, 其他资金); may be empty.</summary>
    public IReadOnlyList<BudgetLine> Breakdown { get; init; } = [];

    /// <summary>执行率偏低的原因 (EVL-03), when the form or the unit gives one.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>得分 as the unit declared it, if any (checked by EVL-02).</summary>
    public decimal? DeclaredScore { get; init; }

    /// <summary>复核分 of the budget line, when the form prints a reviewer's column.</summary>
    public decimal? ReviewedScore { get; init; }

    /// <summary>执行率 B/A as a fraction, or null when A is zero.</summary>
    public decimal? ExecutionRate => AdjustedBudget.Fen == 0 ? null : Spent.Fen / (decimal)AdjustedBudget.Fen;
}
