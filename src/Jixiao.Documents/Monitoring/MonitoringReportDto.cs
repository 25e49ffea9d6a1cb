namespace Jixiao.Documents.Monitoring;

// The JSON form of a 项目支出绩效目标执行监控表 (docs/evaluation.md "JSON form"). Money is a string of 万元.

internal sealed class MonitoringReportDto
{
    public string Format { get; set; } = MonitoringJson.FormatId;

    public int FiscalYear { get; set; }

    public int Month { get; set; }

    public string? ProjectCode { get; set; }

    public string? ProjectName { get; set; }

    public string? DepartmentName { get; set; }

    public string? UnitName { get; set; }

    public string? InitialBudget { get; set; }

    public string? AdjustedBudget { get; set; }

    public string? Spent { get; set; }

    public string? ExpectedAnnualSpending { get; set; }

    public List<PlanCheckpointDto>? SpendingPlan { get; set; }

    public string? ExpectedGoal { get; set; }

    public string? GoalProgress { get; set; }

    public List<MonitoringIndicatorDto>? Indicators { get; set; }

    public string? CorrectiveAction { get; set; }
}

internal sealed class PlanCheckpointDto
{
    public int Month { get; set; }

    public decimal CumulativePercent { get; set; }
}

internal sealed class MonitoringIndicatorDto
{
    public string? Level1 { get; set; }

    public string? Level2 { get; set; }

    public string? Name { get; set; }

    public string? Target { get; set; }

    public string? Actual { get; set; }

    public string? ExpectedAnnual { get; set; }

    public string? Possibility { get; set; }

    public string? DeviationCategory { get; set; }

    public string? DeviationReason { get; set; }

    public string? Measures { get; set; }

    public string? Remark { get; set; }
}
