namespace Jixiao.Web.Features.Execution;

/// <summary><c>GET /api/v1/projects/{id}/execution</c>: budgets and 执行数 in 万元 (strings, exact), where the 执行数
/// comes from, and month by month the cumulative execution against the plan and elapsed time.</summary>
public sealed record ExecutionView(
    int ProjectId,
    int FiscalYear,
    string ProjectCode,
    string InitialBudget,
    string? AdjustedBudget,
    string Budget,
    IReadOnlyList<SpendingEntryView> Entries,
    int PaymentCount,
    string PaymentTotal,
    string Source,
    IReadOnlyList<ExecutionMonthView> Months);
