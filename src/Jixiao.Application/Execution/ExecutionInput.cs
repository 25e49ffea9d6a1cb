namespace Jixiao.Application.Execution;

/// <summary>执行 form and <c>PUT /api/v1/projects/{id}/execution</c>: budgets in 万元 and the cumulative 执行数 entries
/// (the whole list; an entry left empty is dropped).</summary>
public sealed class ExecutionInput
{
    /// <summary>年初预算数 (万元).</summary>
    public string? InitialBudget { get; set; }

    /// <summary>调整后预算数 (万元); empty when the budget was not adjusted.</summary>
    public string? AdjustedBudget { get; set; }

    public List<SpendingEntryInput> Entries { get; set; } = [];
}
