using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Monitoring;

/// <summary>
/// 执行进度 vs 计划 over the year for one project, month by month from the payment ledger: the data of the
/// "execution vs plan" chart of the unit and region views.
/// </summary>
public static class ExecutionCurve
{
    /// <param name="ledger">Payments.</param>
    /// <param name="project">The approved project (code, budget, plan).</param>
    /// <param name="fiscalYear">Year of the curve.</param>
    /// <param name="throughMonth">Last month to include (the current month during the year).</param>
    /// <param name="budget">The budget to measure against; the approved 预算数 when null (pass 调整后预算数 when adjusted).</param>
    public static IReadOnlyList<ExecutionPoint> For(PaymentLedger ledger, BudgetProject project, int fiscalYear, int throughMonth = 12, Money? budget = null)
    {
        var basis = budget ?? project.Budget;
        var points = new List<ExecutionPoint>();
        for (var m = 1; m <= Math.Clamp(throughMonth, 1, 12); m++)
        {
            var spent = ledger.SpentToMonthEnd(project.ProjectCode, fiscalYear, m);
            var actual = basis.Fen == 0 ? 0 : spent.Fen * 100m / basis.Fen;
            points.Add(new ExecutionPoint(m, spent, actual, project.SpendingPlan.PlannedPercentAt(m), m * 100m / 12m));
        }

        return points;
    }
}
