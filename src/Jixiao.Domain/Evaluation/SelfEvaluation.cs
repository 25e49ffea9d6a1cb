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

    /// <summary>复核分 of the 总分 / 合计 row, when the form prints a reviewer's column.</summary>
    public decimal? ReviewedTotal { get; init; }

    /// <summary>自评等级 as the unit declared it, if any.</summary>
    public Grade? DeclaredGrade { get; init; }

    /// <summary>The points the form itself prints (预算执行 10 or 20, "产出指标(50分)" …); empty for forms entered here.</summary>
    public PointsLayout Layout { get; init; } = PointsLayout.None;

    /// <summary>Text rows that are not indicators (其他需要说明事项, 评价结论, 联系人 …), in order.</summary>
    public IReadOnlyList<EvaluationNote> Notes { get; init; } = [];

    /// <summary>The money unit the form was printed in ("元", "万元"), when it was read from a file; amounts are
    /// held exactly in fen whatever the unit.</summary>
    public string MoneyUnit { get; init; } = string.Empty;

    /// <summary>未填报: no indicator has an actual value or a score, and no total, grade or outcome is given. The
    /// money may be prefilled (from the approved budget and the payments), so it does not count as filling in.</summary>
    public bool IsBlank =>
        Indicators.All(i => i.IsBlank) && DeclaredTotal is null && DeclaredGrade is null && Budget.DeclaredScore is null
        && ActualOutcome.Trim().Length == 0;
}
