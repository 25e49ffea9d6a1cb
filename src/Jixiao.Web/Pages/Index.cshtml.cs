using Jixiao.Data;
using Jixiao.Data.Queries;
using Jixiao.Data.Summaries;
using Jixiao.Domain;
using Jixiao.Domain.Goals;
using Jixiao.Web.Api;
using Jixiao.Web.Charts;
using Jixiao.Web.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages;

/// <summary>首页: the units of a region's year with project count, budget, review grade and finding counts, two
/// charts, and project search.</summary>
public sealed class IndexModel(JixiaoDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public Scope? Scope { get; private set; }

    /// <summary>页: which page of the unit list (a region can have thousands of units).</summary>
    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public const int PageSize = 100;

    /// <summary>How many units the budget chart shows (the largest budgets).</summary>
    public const int ChartUnits = 20;

    public DashboardPage? Dashboard { get; private set; }

    public IReadOnlyList<DashboardLine> Units => Dashboard?.Lines ?? [];

    public IReadOnlyList<ProjectSummary> SearchResults { get; private set; } = [];

    public string BudgetChart { get; private set; } = string.Empty;

    public string GradeChart { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = await UserAccess.LoadAsync(db, User, ct);
        Scope = await ScopeQueries.ResolveAsync(db, user.Access, Region, Year, ct);
        if (Scope is null)
        {
            return;
        }

        // The stored summary (kept by every import, save and review): totals and grades aggregated in SQL over a few
        // hundred or thousand rows, one page of units, the largest budgets for the chart.
        var onlyUnit = user.Access.IsUnitEditor ? user.OwnUnit?.Id ?? -1 : (int?)null;
        Dashboard = await DashboardSummaries.ReadPageAsync(db, Scope.RegionCode, Scope.Year, onlyUnit, PageNumber, PageSize, ChartUnits, ct);
        var chartTitle = Dashboard.Totals.Units > ChartUnits ? $"预算数最多的 {ChartUnits} 个单位（万元）" : "各单位预算数（万元）";
        BudgetChart = SvgCharts.HorizontalBars(chartTitle, [.. Dashboard.LargestBudgets.Select(u => new ChartBar(u.Summary.Name, u.Summary.BudgetTotal.WanYuan, u.Summary.BudgetTotal.ToWanYuanString()))]);
        GradeChart = SvgCharts.HorizontalBars("审核等级分布（单位数）", [.. Enum.GetValues<Grade>().Select(g => new ChartBar(g.ToChinese(), Dashboard.Grades.GetValueOrDefault(g), Dashboard.Grades.GetValueOrDefault(g).ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        SearchResults = await ProjectSearch.RunAsync(db, user, Q, Scope.Year, Scope.RegionCode, ct);
    }

    /// <summary>htmx: the search results only, as the user types.</summary>
    public async Task<IActionResult> OnGetSearchAsync(CancellationToken ct)
    {
        var user = await UserAccess.LoadAsync(db, User, ct);
        var scope = await ScopeQueries.ResolveAsync(db, user.Access, Region, Year, ct);
        var results = scope is null ? [] : await ProjectSearch.RunAsync(db, user, Q, scope.Year, scope.RegionCode, ct);
        return Partial("_SearchResults", results);
    }
}
