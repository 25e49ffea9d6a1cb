using Jixiao.Domain;

namespace Jixiao.Application.Dashboard;

/// <summary>One screen of the dashboard: totals and grades over all units, the largest budgets, and one page of the
/// unit list (<see cref="Page"/> of <see cref="PageCount"/>).</summary>
public sealed record DashboardPage(
    DashboardTotals Totals,
    IReadOnlyDictionary<Grade, int> Grades,
    IReadOnlyList<DashboardLine> LargestBudgets,
    IReadOnlyList<DashboardLine> Lines,
    int Page,
    int PageCount);
