namespace Jixiao.Domain.Goals;

/// <summary>Cumulative share of the budget planned to be spent by the end of <see cref="Month"/> (1–12).</summary>
public sealed record SpendingCheckpoint(int Month, decimal CumulativePercent);
