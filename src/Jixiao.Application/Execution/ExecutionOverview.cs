using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Execution;

/// <summary>
/// What the 执行与评价 view reads from the stored lines (docs/adr/0007): counts and sums aggregated in SQL (lights,
/// grades, execution curves per unit and per spending plan), and one page of the list. Nothing here loads a
/// project table or assesses a project, so the cost grows with the number of units, not with indicator rows.
/// </summary>
public static class ExecutionOverview
{
    public static IQueryable<ExecutionSummary> Lines(JixiaoDbContext db, OverviewFilter filter)
    {
        var (regionCode, year, unitId) = (filter.RegionCode, filter.FiscalYear, filter.UnitId);
        var lines = db.ExecutionSummaries.AsNoTracking().Where(s => s.RegionCode == regionCode && s.FiscalYear == year && (unitId == null || s.UnitId == unitId));
        if (filter.OnlyUnitIds is { } only)
        {
            var ids = only.ToList();
            lines = lines.Where(s => ids.Contains(s.UnitId));
        }

        return lines;
    }

    /// <summary>The cards and charts of the region's year, or of one unit: per unit its curve when there are at most
    /// <paramref name="maxUnits"/> units, else the <paramref name="maxUnits"/> units furthest behind their plans at
    /// <paramref name="checkpointMonth"/>.</summary>
    public static async Task<OverviewFigures> ReadFiguresAsync(JixiaoDbContext db, OverviewFilter filter, int checkpointMonth, int maxUnits, CancellationToken ct = default)
    {
        // The cards count every light: the light filter applies to the list only.
        var lines = Lines(db, filter with { Light = null });
        var lights = await lines.GroupBy(s => s.ProjectLight).Select(g => new { Light = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Light, g => g.Count, ct).ConfigureAwait(false);
        var grades = await lines.Join(db.SelfEvaluations, s => s.ProjectId, e => e.ProjectId, (s, e) => e.Grade)
            .GroupBy(g => g).Select(g => new { Grade = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Grade, g => g.Count, ct).ConfigureAwait(false);
        var plans = (await lines.GroupBy(s => new { s.UnitId, s.UnitCode, s.PlanKey }).Select(g => new
        {
            g.Key.UnitId,
            g.Key.UnitCode,
            g.Key.PlanKey,
            CurveBudget = g.Sum(s => s.CurveBudgetFen),
            // The plan gap counts projects with a budget only (no rate without one).
            Budget = g.Sum(s => s.BudgetFen > 0 ? s.BudgetFen : 0),
            Spent = g.Sum(s => s.BudgetFen > 0 ? s.SpentFen : 0),
        }).ToListAsync(ct).ConfigureAwait(false)).Select(p => (p.UnitId, p.UnitCode, Plan: PlanKeys.Parse(p.PlanKey), p.CurveBudget, p.Budget, p.Spent)).ToList();
        var byUnit = plans.ToLookup(p => p.UnitId);
        var unitCount = byUnit.Count;
        List<UnitCurve> units;
        CurveFigures total;
        if (unitCount <= maxUnits)
        {
            var sums = await CurveSums(lines.GroupBy(s => s.UnitId)).ToListAsync(ct).ConfigureAwait(false);
            var names = await NamesAsync(db, sums.Select(u => u.Key), ct).ConfigureAwait(false);
            units = [.. sums.Select(u => new UnitCurve(u.Key, names[u.Key].Code, names[u.Key].Name,
                    ToCurve(u, byUnit[u.Key].Select(p => (p.Plan, p.CurveBudget))), PlanGap(byUnit[u.Key].Select(p => (p.Plan, p.Budget, p.Spent)), checkpointMonth)))
                .OrderBy(u => u.UnitCode, StringComparer.Ordinal).ThenBy(u => u.UnitId)];
            total = CurveFigures.Sum(units.Select(u => u.Curve!));
        }
        else
        {
            // Many units: one curve for all (summed in SQL), and only the plan gaps per unit.
            var sum = await CurveSums(lines.GroupBy(s => s.RegionCode)).SingleAsync(ct).ConfigureAwait(false);
            total = ToCurve(sum, plans.GroupBy(p => p.Plan.IsEmpty ? string.Empty : PlanKeys.Of(p.Plan), StringComparer.Ordinal)
                .Select(g => (g.First().Plan, g.Sum(p => p.CurveBudget))));
            var gaps = byUnit.Select(g => (UnitId: g.Key, g.First().UnitCode, Gap: PlanGap(g.Select(p => (p.Plan, p.Budget, p.Spent)), checkpointMonth)))
                .Where(g => g.Gap is not null).OrderByDescending(g => g.Gap).ThenBy(g => g.UnitCode, StringComparer.Ordinal).Take(maxUnits).ToList();
            var names = await NamesAsync(db, gaps.Select(g => g.UnitId), ct).ConfigureAwait(false);
            units = [.. gaps.Select(g => new UnitCurve(g.UnitId, g.UnitCode, names[g.UnitId].Name, null, g.Gap))];
        }

        return new OverviewFigures(lights.Values.Sum(), lights, grades, total, unitCount, units);
    }

    private sealed record CurveSum<TKey>(TKey Key, long Budget, int Last, long[] Spent);

    private static IQueryable<CurveSum<TKey>> CurveSums<TKey>(IQueryable<IGrouping<TKey, ExecutionSummary>> groups) =>
        groups.Select(g => new CurveSum<TKey>(g.Key, g.Sum(s => s.CurveBudgetFen), g.Max(s => s.LastMonth), new[]
        {
            g.Sum(s => s.Spent01Fen), g.Sum(s => s.Spent02Fen), g.Sum(s => s.Spent03Fen), g.Sum(s => s.Spent04Fen),
            g.Sum(s => s.Spent05Fen), g.Sum(s => s.Spent06Fen), g.Sum(s => s.Spent07Fen), g.Sum(s => s.Spent08Fen),
            g.Sum(s => s.Spent09Fen), g.Sum(s => s.Spent10Fen), g.Sum(s => s.Spent11Fen), g.Sum(s => s.Spent12Fen),
        }));

    private static CurveFigures ToCurve<TKey>(CurveSum<TKey> sum, IEnumerable<(Domain.Goals.SpendingPlan Plan, long BudgetFen)> plans) =>
        new(sum.Budget, sum.Spent, sum.Last, [.. plans]);

    private static async Task<Dictionary<int, (string Code, string Name)>> NamesAsync(JixiaoDbContext db, IEnumerable<int> unitIds, CancellationToken ct)
    {
        var ids = unitIds.ToList();
        return await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (u.Code, u.Name), ct).ConfigureAwait(false);
    }

    /// <summary>Planned minus executed percentage points at the checkpoint, budget-weighted over the projects that have
    /// a plan and a budget: Σ (plan% − 执行率 × 100) × 预算数 ÷ Σ 预算数, summed per plan. Null when there are none.</summary>
    private static decimal? PlanGap(IEnumerable<(Domain.Goals.SpendingPlan Plan, long Budget, long Spent)> groups, int month)
    {
        var withPlan = groups.Where(g => !g.Plan.IsEmpty && g.Budget > 0).ToList();
        var budget = withPlan.Sum(g => (decimal)g.Budget);
        return budget == 0 ? null
            : withPlan.Sum(g => (g.Plan.PlannedPercentAt(month)!.Value * g.Budget) - (100m * g.Spent)) / budget;
    }

    /// <summary>Page <paramref name="page"/> (from 1, clamped) of the lines matching <paramref name="filter"/>.</summary>
    public static async Task<OverviewPage> ReadPageAsync(JixiaoDbContext db, OverviewFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        var lines = Lines(db, filter);
        if (filter.Light is { } light)
        {
            lines = lines.Where(s => s.ProjectLight == light);
        }

        var matching = await lines.CountAsync(ct).ConfigureAwait(false);
        var pageCount = Math.Max(1, (matching + pageSize - 1) / pageSize);
        var shown = Math.Clamp(page, 1, pageCount);
        var rows = await Ordered(lines, filter.Order).Skip((shown - 1) * pageSize).Take(pageSize)
            .Select(s => new
            {
                Summary = s,
                UnitName = s.Project!.Unit!.Name,
                ProjectName = s.Project.Versions.Where(v => v.Number == s.Project.CurrentVersion).Select(v => v.Name).FirstOrDefault(),
            }).ToListAsync(ct).ConfigureAwait(false);
        var ids = rows.Select(r => r.Summary.ProjectId).ToList();
        var evaluations = await db.SelfEvaluations.AsNoTracking().Where(e => ids.Contains(e.ProjectId))
            .Select(e => new { e.ProjectId, e.TotalScore, e.Grade }).ToDictionaryAsync(e => e.ProjectId, ct).ConfigureAwait(false);
        return new OverviewPage([.. rows.Select(r =>
        {
            var evaluation = evaluations.GetValueOrDefault(r.Summary.ProjectId);
            return new OverviewLine(r.Summary, r.UnitName, r.ProjectName ?? string.Empty, evaluation?.TotalScore, evaluation?.Grade);
        })], matching, shown, pageCount);
    }

    /// <summary>The orders a reviewer asks for; ties are broken by document order so pages never overlap. "No rate"
    /// sorts last on both databases (they disagree on where NULL goes).</summary>
    private static IQueryable<ExecutionSummary> Ordered(IQueryable<ExecutionSummary> lines, OverviewOrder order) => order switch
    {
        OverviewOrder.LowestRate => lines.OrderBy(s => s.RateOrder == null).ThenBy(s => s.RateOrder).ThenByDescending(s => s.ProjectLight)
            .ThenBy(s => s.UnitCode).ThenBy(s => s.Sequence).ThenBy(s => s.ProjectId),
        OverviewOrder.Document => lines.OrderBy(s => s.UnitCode).ThenBy(s => s.Sequence).ThenBy(s => s.ProjectId),
        _ => lines.OrderByDescending(s => s.ProjectLight).ThenBy(s => s.RateOrder == null).ThenBy(s => s.RateOrder)
            .ThenBy(s => s.UnitCode).ThenBy(s => s.Sequence).ThenBy(s => s.ProjectId),
    };
}
