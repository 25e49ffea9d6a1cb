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

    public IReadOnlyList<DashboardLine> Units { get; private set; } = [];

    public IReadOnlyList<ProjectSummary> SearchResults { get; private set; } = [];

    public Money Total => Money.Sum(Units.Select(u => u.Summary.BudgetTotal));

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

        // The stored summary (kept by every import, save and review) instead of aggregating all projects per request.
        var lines = await DashboardSummaries.ReadAsync(db, Scope.RegionCode, Scope.Year, ct);
        Units = [.. lines.Where(u => !user.Access.IsUnitEditor || u.Summary.UnitId == user.OwnUnit?.Id)];
        BudgetChart = SvgCharts.HorizontalBars("各单位预算数（万元）", [.. Units.Select(u => new ChartBar(u.Summary.Name, u.Summary.BudgetTotal.WanYuan, u.Summary.BudgetTotal.ToWanYuanString()))]);
        var grades = Units.Where(u => u.Summary.LatestGrade is not null).GroupBy(u => u.Summary.LatestGrade!.Value).ToDictionary(g => g.Key, g => g.Count());
        GradeChart = SvgCharts.HorizontalBars("审核等级分布（单位数）", [.. Enum.GetValues<Grade>().Select(g => new ChartBar(g.ToChinese(), grades.GetValueOrDefault(g), grades.GetValueOrDefault(g).ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
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
