using System.Globalization;
using Jixiao.Application.Dashboard;
using Jixiao.Application.Documents;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Domain;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Charts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features;

/// <summary>首页: the units of a region's year with project count, budget, review grade and finding counts, two
/// charts, and project search.</summary>
public sealed class IndexModel(CurrentUser currentUser, JixiaoDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public Scope? Scope { get; private set; }

    /// <summary>流程状态 filter: only the units whose department's document is in this state.</summary>
    [BindProperty(SupportsGet = true)]
    public DocumentState? State { get; set; }

    /// <summary>The workflow state of each department's document on this page, by department code.</summary>
    public IReadOnlyDictionary<string, DocumentState> States { get; private set; } = new Dictionary<string, DocumentState>();

    /// <summary>页: which page of the unit list (a region can have thousands of units). From the query string only:
    /// "page" is also Razor Pages' own route value (the page's path), which a plain bound property would take first.</summary>
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public const int PageSize = 100;

    /// <summary>How many units the budget chart shows (the largest budgets).</summary>
    public const int ChartUnits = 20;

    public DashboardPage? Dashboard { get; private set; }

    public IReadOnlyList<DashboardLine> Units => Dashboard?.Lines ?? [];

    public IReadOnlyList<ProjectSummary> SearchResults { get; private set; } = [];

    public string BudgetChart { get; private set; } = string.Empty;

    public string GradeChart { get; private set; } = string.Empty;

    /// <summary>What the cached cards, unit table and charts depend on: region, year, page, whose units are shown
    /// (all, or the exact set of a unit editor's units, so two clerks share a fragment only when they have the same
    /// units), and the region-year's write stamp — so a write on any web instance shows at
    /// once, and users of different scopes never share a fragment.</summary>
    public string FragmentKey { get; private set; } = string.Empty;

    /// <summary>How long a fragment may live however quiet the region is (a bound for writes the stamp does not
    /// see, such as a unit renamed outside an import; every import, save and review run changes the stamp).</summary>
    public static readonly TimeSpan FragmentLifetime = TimeSpan.FromSeconds(30);

    private IReadOnlyList<int>? _onlyUnits;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        Scope = await ScopeQueries.ResolveAsync(db, user.Access, Region, Year, ct);
        if (Scope is null)
        {
            return;
        }

        _onlyUnits = user.OnlyUnitIds;
        var stamp = await DashboardSummaries.YearStampAsync(db, Scope.RegionCode, Scope.Year, ct)
            + "|" + await DashboardWorkflow.StampAsync(db, Scope.RegionCode, Scope.Year, ct) + "|" + State;
        var shown = _onlyUnits is null ? "all" : "units:" + string.Join(',', _onlyUnits.Order().Select(id => id.ToString(CultureInfo.InvariantCulture)));
        FragmentKey = string.Create(CultureInfo.InvariantCulture, $"{Scope.RegionCode}|{Scope.Year}|{PageNumber}|{shown}|{stamp}");
        SearchResults = await ProjectSearch.RunAsync(db, user, Q, Scope.Year, Scope.RegionCode, ct);
    }

    /// <summary>Reads the stored summary and draws the charts; called by the page only when the fragment is not
    /// cached under <see cref="FragmentKey"/> (rendering 100 rows and two charts was most of a request's CPU).</summary>
    public async Task LoadDashboardAsync(CancellationToken ct = default)
    {
        // The stored summary (kept by every import, save and review): totals and grades aggregated in SQL over a few
        // hundred or thousand rows, one page of units, the largest budgets for the chart.
        Dashboard = await DashboardSummaries.ReadPageAsync(db, Scope!.RegionCode, Scope.Year, _onlyUnits,
            State is { } state ? DashboardWorkflow.ToStatus(state) : null, PageNumber, PageSize, ChartUnits, ct);
        States = await DashboardWorkflow.StatesAsync(db, Scope.RegionCode, Scope.Year, ct);
        var chartTitle = Dashboard.Totals.Units > ChartUnits ? $"预算数最多的 {ChartUnits} 个单位（万元）" : "各单位预算数（万元）";
        BudgetChart = SvgCharts.HorizontalBars(chartTitle, [.. Dashboard.LargestBudgets.Select(u => new ChartBar(u.Summary.Name, u.Summary.BudgetTotal.WanYuan, u.Summary.BudgetTotal.ToWanYuanString()))]);
        GradeChart = SvgCharts.HorizontalBars("审核等级分布（单位数）", [.. Enum.GetValues<Grade>().Select(g => new ChartBar(g.ToChinese(), Dashboard.Grades.GetValueOrDefault(g), Dashboard.Grades.GetValueOrDefault(g).ToString(CultureInfo.InvariantCulture), "grade-" + g))]);
    }

    /// <summary>htmx: the search results only, as the user types.</summary>
    public async Task<IActionResult> OnGetSearchAsync(CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        var scope = await ScopeQueries.ResolveAsync(db, user.Access, Region, Year, ct);
        var results = scope is null ? [] : await ProjectSearch.RunAsync(db, user, Q, scope.Year, scope.RegionCode, ct);
        return Partial("_SearchResults", results);
    }
}
