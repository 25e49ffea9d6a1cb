using Jixiao.Data.Entities;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Application.Execution;

/// <summary>The 1–N月 监控表 of a project as the domain assesses it: the stored one, or one prefilled from the approved
/// table and the execution data.</summary>
public static class MonitoringReports
{
    public static MonitoringReport Build(BudgetProject approved, int fiscalYear, string departmentName, int month, ExecutionData execution, MonitoringRecord? stored)
    {
        var report = MonitoringForm.FromApproved(approved, fiscalYear, month, departmentName);
        return report with
        {
            InitialBudget = stored is null ? execution.InitialBudget : new Money(stored.InitialBudgetFen),
            AdjustedBudget = stored is null ? execution.AdjustedBudget : stored.AdjustedBudgetFen is { } a ? new Money(a) : null,
            Spent = stored is null ? execution.SpentToMonthEnd(report.ProjectCode, fiscalYear, month) : new Money(stored.SpentFen),
            ExpectedAnnualSpending = stored?.ExpectedAnnualFen is { } e ? new Money(e) : null,
            GoalProgress = stored?.GoalProgress ?? string.Empty,
            CorrectiveAction = stored?.CorrectiveAction ?? string.Empty,
            Indicators = [.. report.Indicators.Select((row, i) => stored?.Indicators.FirstOrDefault(x => x.Row == i + 1) is { } x
                ? row with
                {
                    Actual = x.Actual, ExpectedAnnual = x.ExpectedAnnual, Possibility = x.Possibility, DeviationCategory = x.DeviationCategory,
                    DeviationReason = x.DeviationReason, Measures = x.Measures, Remark = x.Remark,
                }
                : row)],
        };
    }
}
