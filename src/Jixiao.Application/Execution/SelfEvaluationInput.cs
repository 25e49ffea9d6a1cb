namespace Jixiao.Application.Execution;

/// <summary>自评 form and <c>PUT /api/v1/projects/{id}/self-evaluation</c>: the money block in 万元, the outcome and
/// one entry per indicator row of the approved table.</summary>
public sealed class SelfEvaluationInput
{
    /// <summary>年初预算数 (万元).</summary>
    public string? InitialBudget { get; set; }

    /// <summary>全年预算数 A (万元).</summary>
    public string? AnnualBudget { get; set; }

    /// <summary>全年执行数 B (万元).</summary>
    public string? Spent { get; set; }

    /// <summary>执行率偏低的原因.</summary>
    public string? BudgetReason { get; set; }

    /// <summary>年度总体目标实际完成情况.</summary>
    public string? ActualOutcome { get; set; }

    public List<SelfEvaluationIndicatorInput> Indicators { get; set; } = [];
}
