using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain;
using Jixiao.Domain.Monitoring;
using Jixiao.Web.Api;
using Jixiao.Web.Charts;
using Jixiao.Web.Execution;
using Jixiao.Web.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Execution;

/// <summary>执行与评价: the lights at the region's checkpoint and the self-evaluation grades of a region's (or one
/// unit's) projects, with the execution-vs-plan chart and the grade and light distributions.</summary>
public sealed class IndexModel(JixiaoDbContext db, Overview overview) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    public Scope Scope { get; private set; } = null!;

    public Unit? Unit { get; private set; }

    public MonitoringProfile Profile { get; private set; } = MonitoringProfile.Hebei;

    public int Month { get; private set; }

    public IReadOnlyList<OverviewRow> Rows { get; private set; } = [];

    public IReadOnlyList<(string Title, string Svg)> Charts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "unit")] int? unit, CancellationToken ct)
    {
        UnitId ??= unit;
        var user = await UserAccess.LoadAsync(db, User, ct);
        // A clerk with one unit lands on it; with several, on the region view limited to its units (below).
        UnitId ??= user.Access.OwnUnitIds.Count == 1 ? user.Access.OwnUnitIds.Single() : null;
        if (UnitId is { } id)
        {
            Unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
            if (Unit is null)
            {
                return NotFound();
            }

            if (!user.Access.CanReadUnit(Unit))
            {
                return Forbid();
            }

            Region = Unit.RegionCode;
        }

        var scope = await ScopeQueries.ResolveAsync(db, user.Access, Region, Year, ct);
        if (scope is null)
        {
            return user.Access.SeesNothing ? Forbid() : NotFound();
        }

        Scope = scope;
        var region = await db.Regions.AsNoTracking().SingleAsync(r => r.Code == scope.RegionCode, ct);
        Profile = RegionProfiles.Monitoring(region);
        Month = Profile.CheckpointMonth;
        Rows = await overview.LoadAsync(scope.RegionCode, scope.Year, UnitId, Profile, Month, ct);
        if (user.Access.IsUnitEditor)
        {
            _ownUnitsOnly = true;
            Rows = [.. Rows.Where(r => user.Access.OwnUnitIds.Contains(r.UnitId))];
        }

        Charts = BuildCharts();
        return Page();
    }

    private bool _ownUnitsOnly;

    /// <summary>Up to this many units get their own execution chart in the region view.</summary>
    private const int MaxUnitCharts = 20;

    /// <summary>Planned minus executed percentage points of a unit's projects at the checkpoint (budget-weighted);
    /// null when none has a plan.</summary>
    private decimal? PlanGap(IEnumerable<OverviewRow> rows)
    {
        var withPlan = rows.Where(r => r.Assessment.PlannedPercent is not null && r.Assessment.Report.Budget.Fen > 0).ToList();
        var budget = withPlan.Sum(r => (decimal)r.Assessment.Report.Budget.Fen);
        return budget == 0 ? null
            : withPlan.Sum(r => (r.Assessment.PlannedPercent!.Value - (r.Assessment.ExecutionRate!.Value * 100m)) * r.Assessment.Report.Budget.Fen) / budget;
    }

    private List<(string, string)> BuildCharts()
    {
        var charts = new List<(string, string)>();
        var all = Rows.Select(r => (r.Approved, r.Execution)).ToList();
        charts.Add(("execution-total", ExecutionChart.ForProjects($"{(Unit?.Name ?? (_ownUnitsOnly ? "本人负责单位" : "全区"))}执行进度与支出计划（%，按预算加权）", all, Scope.Year)));
        var lights = LightSummary.Of(Rows.Select(r => r.Assessment));
        charts.Add(("lights", SvgCharts.HorizontalBars($"1–{Month}月项目预警分布（项目数）",
            [.. new[] { Light.Red, Light.Yellow, Light.Blue, Light.Green, Light.None }.Select(l => new ChartBar(l == Light.None ? "无法判断" : l.ToChinese(), lights.Counts[l], lights.Counts[l].ToString(System.Globalization.CultureInfo.InvariantCulture)))])));
        var graded = Rows.Where(r => r.Grade is not null).ToList();
        charts.Add(("grades", SvgCharts.HorizontalBars($"自评等级分布（已自评 {graded.Count} / {Rows.Count} 个项目）",
            [.. Enum.GetValues<Grade>().Select(g => new ChartBar(g.ToChinese(), graded.Count(r => r.Grade == g), graded.Count(r => r.Grade == g).ToString(System.Globalization.CultureInfo.InvariantCulture)))])));
        if (Unit is null)
        {
            var units = Rows.GroupBy(r => (r.UnitId, r.UnitName)).ToList();
            if (units.Count <= MaxUnitCharts)
            {
                foreach (var group in units)
                {
                    charts.Add(($"unit-{group.Key.UnitId}", ExecutionChart.ForProjects($"{group.Key.UnitName}（%）", [.. group.Select(r => (r.Approved, r.Execution))], Scope.Year)));
                }
            }
            else
            {
                // Hundreds of small charts help nobody: the units furthest behind their own plans, as bars.
                var behind = units.Select(g => (g.Key.UnitName, Gap: PlanGap(g))).Where(u => u.Gap is not null).OrderByDescending(u => u.Gap).Take(MaxUnitCharts).ToList();
                charts.Add(("units-behind", SvgCharts.HorizontalBars($"落后支出计划最多的 {behind.Count} 个单位（1–{Month}月，百分点）",
                    [.. behind.Select(u => new ChartBar(u.UnitName, Math.Max(u.Gap!.Value, 0), Domain.Evaluation.ScoreRounding.Format(u.Gap!.Value)))])));
            }
        }
        else
        {
            foreach (var row in Rows)
            {
                charts.Add(($"project-{row.ProjectId}", ExecutionChart.ForProject($"{row.Approved.ProjectName}（%）", row.Approved, Scope.Year, row.Execution)));
            }
        }

        return charts;
    }
}
