using System.Globalization;
using Jixiao.Application.Execution;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain;
using Jixiao.Domain.Monitoring;
using Jixiao.Web.Auth;
using Jixiao.Web.Charts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Execution;

/// <summary>执行与评价: the lights at the region's checkpoint and the self-evaluation grades of a region's (or one
/// unit's) projects, with the execution-vs-plan chart and the grade and light distributions. Reads the stored
/// per-project lines (docs/adr/0007): cards and charts are sums in SQL, the list one page of 100.</summary>
public sealed class IndexModel(CurrentUser currentUser, JixiaoDbContext db) : PageModel
{
    public const int PageSize = 100;

    /// <summary>Up to this many units (or projects in a unit's view) get their own execution chart.</summary>
    private const int MaxCharts = 20;

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(Name = "unit", SupportsGet = true)]
    public int? UnitId { get; set; }

    /// <summary>单位代码 typed in the filter: shows that unit's view.</summary>
    [BindProperty(Name = "unitCode", SupportsGet = true)]
    public string? UnitCode { get; set; }

    /// <summary>red / yellow / blue / green / none: only projects with that 项目灯.</summary>
    [BindProperty(Name = "light", SupportsGet = true)]
    public string? LightFilter { get; set; }

    /// <summary>light (worst first, default) / rate (lowest 执行率 first) / document (unit and 序号).</summary>
    [BindProperty(Name = "sort", SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>页. From the query string only, as on the dashboard (Features/Index): "page" is also Razor Pages' own
    /// route value (the page's path), which a plain bound property would take first.</summary>
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Scope Scope { get; private set; } = null!;

    public Unit? Unit { get; private set; }

    /// <summary>A clerk of several units without one chosen: the view is limited to them.</summary>
    public IReadOnlyList<int>? OnlyUnitIds { get; private set; }

    public MonitoringProfile Profile { get; private set; } = MonitoringProfile.Hebei;

    public int Month { get; private set; }

    public Light? Light { get; private set; }

    public OverviewOrder Order { get; private set; }

    public string? Message { get; private set; }

    public OverviewFigures Figures { get; private set; } = null!;

    public OverviewPage List { get; private set; } = null!;

    public IReadOnlyList<(string Id, string Svg)> Charts { get; private set; } = [];

    /// <summary>Whose curve the single detail chart shows: a unit's id in the region view, a project's in a unit's.</summary>
    [BindProperty(Name = "chart", SupportsGet = true)]
    public int? ChartOf { get; set; }

    /// <summary>The units (or projects) the detail chart can show, for its picker.</summary>
    public IReadOnlyList<(int Id, string Name)> ChartChoices { get; private set; } = [];

    /// <summary>The unit (or project) the detail chart shows.</summary>
    public int? ChartShown { get; private set; }

    public static IReadOnlyList<(string Value, string Label)> SortOptions { get; } =
        [("light", "预警最严重在前"), ("rate", "执行率最低在前"), ("document", "按单位和序号")];

    public static IReadOnlyList<Light> LightsShown { get; } = [Domain.Monitoring.Light.Red, Domain.Monitoring.Light.Yellow, Domain.Monitoring.Light.Blue, Domain.Monitoring.Light.Green, Domain.Monitoring.Light.None];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        // A clerk with one unit lands on it; with several, on the region view limited to its units.
        UnitId ??= user.Access.OwnUnitIds.Count == 1 ? user.Access.OwnUnitIds.Single() : null;
        if (UnitId is { } id)
        {
            Unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
            if (Unit is null)
            {
                return NotFound();
            }

            if (!await HttpContext.AllowsAsync(Operation.Read, Resource.Of(Unit)))
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
        if (Unit is null && !string.IsNullOrWhiteSpace(UnitCode))
        {
            var code = UnitCode.Trim();
            Unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.RegionCode == scope.RegionCode && u.Code == code, ct);
            if (Unit is null || !await HttpContext.AllowsAsync(Operation.Read, Resource.Of(Unit)))
            {
                Message = $"{scope.RegionName}没有单位代码为“{code}”的单位。";
                Unit = null;
            }
        }

        OnlyUnitIds = Unit is null && user.Access.IsUnitEditor ? [.. user.Access.OwnUnitIds] : null;
        var region = await db.Regions.AsNoTracking().SingleAsync(r => r.Code == scope.RegionCode, ct);
        Profile = RegionProfiles.Monitoring(region);
        Month = Profile.CheckpointMonth;
        Light = LightFilter is { Length: > 0 } l ? LightExtensions.FromName(l) : null;
        Order = Sort switch { "rate" => OverviewOrder.LowestRate, "document" => OverviewOrder.Document, _ => OverviewOrder.WorstLight };
        Figures = await ExecutionOverview.ReadFiguresAsync(db, new OverviewFilter(scope.RegionCode, scope.Year, Unit?.Id) { OnlyUnitIds = OnlyUnitIds }, Month, MaxCharts, ct);
        List = await ExecutionOverview.ReadPageAsync(db, new OverviewFilter(scope.RegionCode, scope.Year, Unit?.Id, Light, Order) { OnlyUnitIds = OnlyUnitIds }, PageNumber, PageSize, ct);
        Charts = BuildCharts();
        return Page();
    }

    /// <summary>The query string of this view with some values changed (pager, filter links).</summary>
    public string Link(int? page = null, string? light = null, string? sort = null)
    {
        var values = new List<string> { $"year={Scope.Year}" };
        values.Add(Unit is null ? $"region={Uri.EscapeDataString(Scope.RegionCode)}" : $"unit={Unit.Id}");
        if ((light ?? LightFilter) is { Length: > 0 } l)
        {
            values.Add($"light={Uri.EscapeDataString(l)}");
        }

        if ((sort ?? Sort) is { Length: > 0 } s)
        {
            values.Add($"sort={Uri.EscapeDataString(s)}");
        }

        values.Add(string.Create(CultureInfo.InvariantCulture, $"page={page ?? List.Page}"));
        return "/Execution?" + string.Join("&", values);
    }

    private List<(string, string)> BuildCharts()
    {
        var charts = new List<(string, string)>
        {
            ("execution-total", ExecutionChart.ForProjects($"{Unit?.Name ?? (OnlyUnitIds is null ? "全区" : "本人负责单位")}执行进度与支出计划（%，按预算加权）", Figures.Curve)),
            ("lights", SvgCharts.HorizontalBars($"1–{Month}月项目预警分布（项目数）",
                [.. LightsShown.Select(l => new ChartBar(LightName(l), Count(Figures.Lights, l), Count(Figures.Lights, l).ToString(CultureInfo.InvariantCulture), "light-" + l.ToString().ToLowerInvariant()))])),
            ("grades", SvgCharts.HorizontalBars($"自评等级分布（已自评 {Figures.Graded} / {Figures.ProjectCount} 个项目）",
                [.. Enum.GetValues<Grade>().Select(g => new ChartBar(g.ToChinese(), Count(Figures.Grades, g), Count(Figures.Grades, g).ToString(CultureInfo.InvariantCulture), "grade-" + g))])),
        };
        // One curve at a time, of the unit (or, in a unit's view, the project) picked beside the chart: a chart per
        // unit made a page thousands of pixels long. The choices are the units, or the projects listed first.
        if (Unit is not null)
        {
            var lines = List.Lines.Take(MaxCharts).ToList();
            ChartChoices = [.. lines.Select(l => (l.Summary.ProjectId, l.ProjectName))];
            if ((lines.FirstOrDefault(l => l.Summary.ProjectId == ChartOf) ?? (lines.Count > 0 ? lines[0] : null)) is { } line)
            {
                ChartShown = line.Summary.ProjectId;
                charts.Add(($"project-{line.Summary.ProjectId}", ExecutionChart.ForLine($"{line.ProjectName}（%）", line.Summary)));
            }
        }
        else if (Figures.UnitCount <= MaxCharts)
        {
            ChartChoices = [.. Figures.Units.Select(u => (u.UnitId, u.UnitName))];
            if ((Figures.Units.FirstOrDefault(u => u.UnitId == ChartOf) ?? (Figures.Units.Count > 0 ? Figures.Units[0] : null)) is { } u)
            {
                ChartShown = u.UnitId;
                charts.Add(($"unit-{u.UnitId}", ExecutionChart.ForProjects($"{u.UnitName}（%）", u.Curve!)));
            }
        }
        else
        {
            // Hundreds of small charts help nobody: the units furthest behind their own plans, as bars.
            var behind = Figures.Units;
            charts.Add(("units-behind", SvgCharts.HorizontalBars($"落后支出计划最多的 {behind.Count} 个单位（1–{Month}月，百分点）",
                [.. behind.Select(u => new ChartBar(u.UnitName, Math.Max(u.PlanGap!.Value, 0), Domain.Evaluation.ScoreRounding.Format(u.PlanGap!.Value)))])));
        }

        return charts;
    }

    public static string LightName(Light light) => light == Domain.Monitoring.Light.None ? "无法判断" : light.ToChinese();

    public static int Count<T>(IReadOnlyDictionary<T, int> counts, T key)
        where T : notnull => counts.GetValueOrDefault(key);
}
