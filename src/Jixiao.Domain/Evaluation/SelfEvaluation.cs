namespace Jixiao.Domain.Evaluation;

/// <summary>项目支出绩效自评表 of one project and year, as the unit filled it in (DOMAIN.md §5.3).</summary>
public sealed record SelfEvaluation
{
    public int FiscalYear { get; init; }

    public string ProjectCode { get; init; } = string.Empty;

    public string ProjectName { get; init; } = string.Empty;

    /// <summary>主管部门.</summary>
    public string DepartmentName { get; init; } = string.Empty;

    /// <summary>实施单位.</summary>
    public string UnitName { get; init; } = string.Empty;

    public BudgetExecution Budget { get; init; } = new();

    /// <summary>年度总体目标 — 预期目标.</summary>
    public string ExpectedGoal { get; init; } = string.Empty;

    /// <summary>年度总体目标 — 实际完成情况.</summary>
    public string ActualOutcome { get; init; } = string.Empty;

    public IReadOnlyList<EvaluationIndicator> Indicators { get; init; } = [];

    /// <summary>总分 as the unit declared it, if any.</summary>
    public decimal? DeclaredTotal { get; init; }

    /// <summary>自评等级 as the unit declared it, if any.</summary>
    public Grade? DeclaredGrade { get; init; }
}
