using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Monitoring;

/// <summary>A blank 监控表 for months 1–<c>month</c> prefilled from the approved goal table: budget, 资金支出计划,
/// goals and indicator rows with their 年度指标值.</summary>
public static class MonitoringForm
{
    public static MonitoringReport FromApproved(BudgetProject approved, int fiscalYear, int month, string departmentName = "") => new()
    {
        FiscalYear = fiscalYear,
        Month = month,
        ProjectCode = approved.ProjectCode,
        ProjectName = approved.ProjectName,
        DepartmentName = departmentName,
        UnitName = approved.UnitName,
        InitialBudget = approved.Budget,
        SpendingPlan = approved.SpendingPlan,
        ExpectedGoal = string.Join('\n', approved.Goals.Select(g => $"{g.Number}.{g.Text}")),
        Indicators = [.. approved.Indicators.Select(i => new MonitoringIndicator { Level1 = i.Level1, Level2 = i.Level2, Name = i.Name, Target = i.Target })],
    };
}
