using Jixiao.Domain;

namespace Jixiao.Data.Entities;

/// <summary>绩效自评 of one project at year end (DOMAIN.md §5): budget execution, total score and grade.</summary>
public class SelfEvaluation
{
    public long Id { get; set; }

    public int ProjectId { get; set; }

    public Project? Project { get; set; }

    /// <summary>全年预算数 (A) in fen.</summary>
    public long AnnualBudgetFen { get; set; }

    /// <summary>全年执行数 (B) in fen.</summary>
    public long SpentFen { get; set; }

    /// <summary>预算执行率 score (of 10).</summary>
    public decimal ExecutionScore { get; set; }

    public decimal TotalScore { get; set; }

    public Grade Grade { get; set; }

    /// <summary>年度总体目标实际完成情况.</summary>
    public string ActualOutcome { get; set; } = string.Empty;

    /// <summary>存在问题及改进措施.</summary>
    public string Problems { get; set; } = string.Empty;

    public string EvaluatedBy { get; set; } = string.Empty;

    public DateTime EvaluatedAt { get; set; }
}
