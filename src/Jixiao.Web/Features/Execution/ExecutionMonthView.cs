namespace Jixiao.Web.Features.Execution;

/// <summary>Cumulative spending to the end of a month (万元) and as a percentage, beside the plan and elapsed time.</summary>
public sealed record ExecutionMonthView(int Month, string Spent, decimal ActualPercent, decimal? PlannedPercent, decimal TimePercent);
