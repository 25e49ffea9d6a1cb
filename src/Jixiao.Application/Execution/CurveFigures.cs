using Jixiao.Domain.Goals;

namespace Jixiao.Application.Execution;

/// <summary>
/// The execution curve of a set of projects, summed in SQL: the budgets the curves are measured against, the
/// cumulative 执行数 at each month end (index 0 = January), the last month with spending, and the budgets summed per
/// distinct spending plan (the planned curve is Σ plan(m) × budget ÷ Σ budget).
/// </summary>
public sealed record CurveFigures(long BudgetFen, IReadOnlyList<long> SpentFen, int LastMonth, IReadOnlyList<(SpendingPlan Plan, long BudgetFen)> Plans)
{
    public static CurveFigures Sum(IEnumerable<CurveFigures> parts)
    {
        var list = parts.ToList();
        var plans = list.SelectMany(p => p.Plans).GroupBy(p => PlanKeys.Of(p.Plan), StringComparer.Ordinal)
            .Select(g => (g.First().Plan, g.Sum(p => p.BudgetFen))).ToList();
        return new CurveFigures(list.Sum(p => p.BudgetFen), [.. Enumerable.Range(0, 12).Select(m => list.Sum(p => p.SpentFen[m]))],
            list.Select(p => p.LastMonth).DefaultIfEmpty(0).Max(), plans);
    }
}
