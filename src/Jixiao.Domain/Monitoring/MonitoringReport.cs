using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Monitoring;

/// <summary>项目支出绩效目标执行监控表 of one project at the end of month <see cref="Month"/> (DOMAIN.md §6.3).</summary>
public sealed record MonitoringReport
{
    public int FiscalYear { get; init; }

    /// <summary>The data cover months 1–N.</summary>
    public int Month { get; init; }

    public string ProjectCode { get; init; } = string.Empty;

    public string ProjectName { get; init; } = string.Empty;

    /// <summary>主管部门.</summary>
    public string DepartmentName { get; init; } = string.Empty;

    /// <summary>实施单位.</summary>
    public string UnitName { get; init; } = string.Empty;

    /// <summary>年初预算数.</summary>
    public Money InitialBudget { get; init; }

    /// <summary>调整后预算数; null when the budget was not adjusted.</summary>
    public Money? AdjustedBudget { get; init; }

    /// <summary>1–N月执行数 (cumulative).</summary>
    public Money Spent { get; init; }

    /// <summary>全年预计执行数.</summary>
    public Money? ExpectedAnnualSpending { get; init; }

    /// <summary>The approved 资金支出计划 (25/50/75/100 at 3/6/10/12月底 in the seed).</summary>
    public SpendingPlan SpendingPlan { get; init; } = SpendingPlan.Empty;

    /// <summary>年度总体目标 — 年初设定目标.</summary>
    public string ExpectedGoal { get; init; } = string.Empty;

    /// <summary>年度总体目标 — 1–N月实际完成情况.</summary>
    public string GoalProgress { get; init; } = string.Empty;

    public IReadOnlyList<MonitoringIndicator> Indicators { get; init; } = [];

    /// <summary>纠偏措施 decided for a red light (调整预算、暂停或停止拨款 …) (MON-08).</summary>
    public string CorrectiveAction { get; init; } = string.Empty;

    /// <summary>偏差原因分析 written for the project as a whole ("偏差或不能完成目标原因分析" row of the Hubei form).</summary>
    public string DeviationReason { get; init; } = string.Empty;

    /// <summary>The money unit the form was printed in ("元", "万元"), when it was read from a file.</summary>
    public string MoneyUnit { get; init; } = string.Empty;

    /// <summary>未填报: no indicator has a 1–N月 value, a forecast or a 完成目标可能性, and no progress, reason or
    /// measure is written. 执行数 may be prefilled from the payments, so it does not count as filling in.</summary>
    public bool IsBlank =>
        Indicators.All(i => i.IsBlank) && GoalProgress.Trim().Length == 0 && CorrectiveAction.Trim().Length == 0 && DeviationReason.Trim().Length == 0;

    /// <summary>The budget the rate is measured against: 调整后预算数 when there is one.</summary>
    public Money Budget => AdjustedBudget ?? InitialBudget;

    /// <summary>执行率 as a fraction, or null when the budget is zero.</summary>
    public decimal? ExecutionRate => Budget.Fen == 0 ? null : Spent.Fen / (decimal)Budget.Fen;
}
