namespace Jixiao.Application.Execution;

/// <summary>监控 form and <c>PUT /api/v1/projects/{id}/monitoring/{month}</c>: what the unit reports for months
/// 1–N; budgets default to the execution data, indicator rows are matched by their row in the approved table.</summary>
public sealed class MonitoringInput
{
    /// <summary>年初预算数 (万元).</summary>
    public string? InitialBudget { get; set; }

    /// <summary>调整后预算数 (万元).</summary>
    public string? AdjustedBudget { get; set; }

    /// <summary>1–N月执行数 (万元).</summary>
    public string? Spent { get; set; }

    /// <summary>全年预计执行数 (万元).</summary>
    public string? ExpectedAnnualSpending { get; set; }

    /// <summary>1–N月实际完成情况.</summary>
    public string? GoalProgress { get; set; }

    /// <summary>纠偏措施.</summary>
    public string? CorrectiveAction { get; set; }

    public List<MonitoringIndicatorInput> Indicators { get; set; } = [];
}
