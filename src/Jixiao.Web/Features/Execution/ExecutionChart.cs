using Jixiao.Application.Execution;
using Jixiao.Data.Entities;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;
using Jixiao.Web.Charts;

namespace Jixiao.Web.Features.Execution;

/// <summary>The "execution vs plan over the year" chart of a project or a set of projects.</summary>
public static class ExecutionChart
{
    /// <summary>One project: its curve from the execution data, up to the last month with recorded spending.</summary>
    public static string ForProject(string title, BudgetProject project, int fiscalYear, ExecutionData execution)
    {
        var last = execution.LastMonth(fiscalYear);
        var points = ExecutionCurve.For(execution.Ledger, project, fiscalYear, 12, execution.Budget);
        return Draw(title, points.Select(p => (p.Month, p.Month <= last ? (decimal?)p.ActualPercent : null, p.PlannedPercent)).ToList());
    }

    /// <summary>One project from its stored line, which holds the same curve (<see cref="ExecutionSummaries"/>).</summary>
    public static string ForLine(string title, ExecutionSummary line)
    {
        var plan = PlanKeys.Parse(line.PlanKey);
        var basis = line.CurveBudgetFen;
        return Draw(title, [.. Enumerable.Range(1, 12).Select(m => (m,
            m <= line.LastMonth ? (decimal?)(basis == 0 ? 0 : line.SpentTo(m) * 100m / basis) : null,
            plan.PlannedPercentAt(m)))]);
    }

    /// <summary>Several projects together: spent and planned amounts summed, each as a share of the summed budgets.</summary>
    public static string ForProjects(string title, CurveFigures curve)
    {
        var months = new List<(int, decimal?, decimal?)>();
        for (var m = 1; m <= 12; m++)
        {
            if (curve.BudgetFen == 0)
            {
                months.Add((m, null, null));
                continue;
            }

            decimal? actual = m > curve.LastMonth ? null : curve.SpentFen[m - 1] * 100m / curve.BudgetFen;
            var planned = curve.Plans.All(p => p.Plan.IsEmpty) ? (decimal?)null
                : curve.Plans.Sum(p => (p.Plan.PlannedPercentAt(m) ?? 0m) * p.BudgetFen) / curve.BudgetFen;
            months.Add((m, actual, planned));
        }

        return Draw(title, months);
    }

    private static string Draw(string title, IReadOnlyList<(int Month, decimal? Actual, decimal? Planned)> months) =>
        SvgLineChart.Months(title,
        [
            new ChartSeries("实际执行率", "actual", [.. months.Select(m => m.Actual)]),
            new ChartSeries("支出计划", "plan", [.. months.Select(m => m.Planned)]),
            new ChartSeries("时间进度", "time", [.. Enumerable.Range(1, 12).Select(m => (decimal?)(m * 100m / 12m))]),
        ]);
}
