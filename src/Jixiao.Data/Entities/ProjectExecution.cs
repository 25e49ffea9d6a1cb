namespace Jixiao.Data.Entities;

/// <summary>
/// Budget execution of one project in its fiscal year: 年初预算数 and 调整后预算数 as the unit records them, and the
/// cumulative 执行数 it entered by form (<see cref="SpendingEntries"/>). Payments imported from the payment system
/// are kept apart (<see cref="Payment"/>). Money is whole fen.
/// </summary>
public class ProjectExecution
{
    public long Id { get; set; }

    public int ProjectId { get; set; }

    public Project? Project { get; set; }

    /// <summary>年初预算数 in fen.</summary>
    public long InitialBudgetFen { get; set; }

    /// <summary>调整后预算数 in fen; null while the budget has not been adjusted.</summary>
    public long? AdjustedBudgetFen { get; set; }

    public List<SpendingEntry> SpendingEntries { get; set; } = [];

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTime UpdatedAt { get; set; }
}
