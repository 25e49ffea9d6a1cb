using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Evaluation;

/// <summary>One row of the 自评表 money block: 年度资金总额, 其中：当年财政拨款, 上年结转资金, 其他资金 (DOMAIN.md §5.3).</summary>
public sealed record BudgetLine(string Name, Money InitialBudget, Money AdjustedBudget, Money Spent);
