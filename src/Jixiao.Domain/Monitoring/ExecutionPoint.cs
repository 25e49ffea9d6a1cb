using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Monitoring;

/// <summary>One month of the execution curve: cumulative spending to the month end as a share of the budget, next
/// to the project's plan and to elapsed time (m/12).</summary>
public sealed record ExecutionPoint(int Month, Money Spent, decimal ActualPercent, decimal? PlannedPercent, decimal TimePercent);
