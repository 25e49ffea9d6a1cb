using Jixiao.Domain;

namespace Jixiao.Data.Entities;

/// <summary>项目支出绩效自评表 of one project at year end (DOMAIN.md §5), as the unit filled it in. The score is
/// recomputed from it when shown; <see cref="TotalScore"/> and <see cref="Grade"/> keep the result of the last save
/// for lists and region views.</summary>
public class SelfEvaluation
{
    public long Id { get; set; }

    public int ProjectId { get; set; }

    public Project? Project { get; set; }

    /// <summary>年初预算数 in fen.</summary>
    public long InitialBudgetFen { get; set; }

    /// <summary>全年预算数 (A) in fen.</summary>
    public long AnnualBudgetFen { get; set; }

    /// <summary>全年执行数 (B) in fen.</summary>
    public long SpentFen { get; set; }

    /// <summary>执行率偏低的原因 (EVL-03).</summary>
    public string BudgetReason { get; set; } = string.Empty;

    /// <summary>年度总体目标实际完成情况.</summary>
    public string ActualOutcome { get; set; } = string.Empty;

    public List<SelfEvaluationIndicatorEntry> Indicators { get; set; } = [];

    /// <summary>预算执行率 score (of 10) at the last save.</summary>
    public decimal ExecutionScore { get; set; }

    /// <summary>总分 at the last save.</summary>
    public decimal TotalScore { get; set; }

    /// <summary>自评等级 at the last save.</summary>
    public Grade Grade { get; set; }

    public string EvaluatedBy { get; set; } = string.Empty;

    public DateTime EvaluatedAt { get; set; }
}
