namespace Jixiao.Application.Execution;

/// <summary>A unit's execution curve and how far its projects are behind their own plans at the checkpoint
/// (budget-weighted percentage points; null when none has a plan and a budget). The curve is left out (null) when a
/// region has too many units to draw one each.</summary>
public sealed record UnitCurve(int UnitId, string UnitCode, string UnitName, CurveFigures? Curve, decimal? PlanGap);
