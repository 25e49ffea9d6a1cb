namespace Jixiao.Documents.Evaluation;

// The JSON form of a 项目支出绩效自评表 (docs/evaluation.md "JSON form"). Plain classes, separate from the domain
// records, so the file format changes only on purpose. Money is a string of 万元; scores and 分值 are numbers.

internal sealed class SelfEvaluationDto
{
    public string Format { get; set; } = SelfEvaluationJson.FormatId;

    public int FiscalYear { get; set; }

    public string? ProjectCode { get; set; }

    public string? ProjectName { get; set; }

    public string? DepartmentName { get; set; }

    public string? UnitName { get; set; }

    public BudgetDto? Budget { get; set; }

    public string? ExpectedGoal { get; set; }

    public string? ActualOutcome { get; set; }

    public List<EvaluationIndicatorDto>? Indicators { get; set; }

    public decimal? DeclaredTotal { get; set; }

    public string? DeclaredGrade { get; set; }

    /// <summary>总分 as the reviewer gave it (复核总分, 财政审核评分), compared in a re-check.</summary>
    public decimal? ReviewedTotal { get; set; }
}

internal sealed class BudgetDto
{
    public string? InitialBudget { get; set; }

    public string? AdjustedBudget { get; set; }

    public string? Spent { get; set; }

    public List<BudgetLineDto>? Breakdown { get; set; }

    public string? Reason { get; set; }

    public decimal? DeclaredScore { get; set; }

    /// <summary>预算执行得分 as the reviewer gave it (复核分).</summary>
    public decimal? ReviewedScore { get; set; }
}

internal sealed class BudgetLineDto
{
    public string? Name { get; set; }

    public string? InitialBudget { get; set; }

    public string? AdjustedBudget { get; set; }

    public string? Spent { get; set; }
}

internal sealed class EvaluationIndicatorDto
{
    public string? Level1 { get; set; }

    public string? Level2 { get; set; }

    public string? Name { get; set; }

    public string? Target { get; set; }

    public string? Actual { get; set; }

    public decimal? Points { get; set; }

    public decimal? DeclaredScore { get; set; }

    /// <summary>得分 as the reviewer gave it (复核分).</summary>
    public decimal? ReviewedScore { get; set; }

    public string? DeviationReason { get; set; }

    public bool NotApplicable { get; set; }
}
