using System.Text;
using Jixiao.Application.Dashboard;
using Jixiao.Application.Review;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain;
using Jixiao.Domain.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Review;

/// <summary>审核 list: every finding of the latest review of a region's year, filtered by rule, severity and unit; a
/// summary per unit and per rule first, then the findings sorted and paged (filters, sort and page in the URL);
/// the CSV holds every finding the filter matches, streamed.</summary>
public sealed class IndexModel(CurrentUser currentUser, JixiaoDbContext db, ReviewSummaryCache summaries) : PageModel
{
    public const int PageSize = 100;

    /// <summary>Findings read per query of the CSV export.</summary>
    private const int CsvChunk = 1000;

    /// <summary>Sort orders of the list, by the value kept in the URL.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> SortOptions =
        [("unit", "按单位、项目"), ("severity", "按严重程度"), ("rule", "按规则"), ("project", "按项目名称")];

    private static readonly ReviewListSummary Empty = new(0, 0, 0, [], [], []);

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Rule { get; set; }

    [BindProperty(SupportsGet = true)]
    public Severity? Severity { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Unit { get; set; }

    /// <summary>The unit filter as typed: a unit code of the region (a province has 20,000 units, too many for a list).</summary>
    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    /// <summary>Set when <see cref="UnitCode"/> names no unit of the region.</summary>
    public bool UnitNotFound { get; private set; }

    public Scope? Scope { get; private set; }

    /// <summary>Counts of every finding the filter matches (not only of the page shown).</summary>
    public ReviewListSummary Summary { get; private set; } = Empty;

    public IReadOnlyList<string> RuleIds { get; private set; } = [];

    /// <summary>The findings of the current page, in the chosen order.</summary>
    public IReadOnlyList<FindingRow> Shown { get; private set; } = [];

    public int PageCount => Math.Max(1, (Summary.Total + PageSize - 1) / PageSize);

    /// <summary>Per unit (or document, for Part 1 findings): errors, warnings, infos of the filtered findings.</summary>
    public IReadOnlyList<FindingCount> ByUnit => Summary.ByUnit;

    /// <summary>Per rule, with its Chinese title.</summary>
    public IReadOnlyList<FindingCount> ByRule => Summary.ByRule;

    public static string RuleTitle(string ruleId) => RuleTitles.Of(ruleId);

    /// <summary>The list's URL with the current filters, sort and the given page.</summary>
    public string Link(int page, string? sort = null)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("region", Scope?.RegionCode);
        Add("year", Scope?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("rule", Rule);
        Add("severity", Severity?.ToString());
        Add("unitCode", UnitCode);
        Add("unit", UnitCode is { Length: > 0 } ? null : Unit?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("sort", sort ?? Sort);
        Add("p", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return "/Review?" + string.Join("&", query);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return IsHtmx ? Partial("_Findings", this) : Page();
    }

    /// <summary>Every finding the filter shows, in the list's own order, written to the answer as it is read: a page of
    /// findings at a time through the runs that hold it (as the list reads its pages), so a province's million findings
    /// are never in memory at once.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await WriteCsvAsync(ct);
        return new EmptyResult(); // written above
    }

    private async Task WriteCsvAsync(CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        Scope = await ScopeQueries.ResolveAsync(db, user.Access, Region, Year, ct);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = $"审核问题-{Scope?.RegionCode}-{Scope?.Year}.csv",
        }.ToString();
        // UTF-8 with BOM so Excel opens the Chinese text correctly.
        await using var csv = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        await csv.WriteLineAsync("单位代码,单位名称,项目编码,项目名称,规则,严重程度,指标行,字段,问题,修改建议".AsMemory(), ct);
        if (Scope is null)
        {
            return;
        }

        await ResolveUnitAsync(Scope, ct);
        if (UnitNotFound)
        {
            return; // the heading only: no unit, no findings
        }

        var stamp = await DashboardSummaries.YearStampAsync(db, Scope.RegionCode, Scope.Year, ct);
        var filter = Filter(Scope, user);
        var summary = await SummaryAsync(filter, stamp, ct);
        for (var skip = 0; skip < summary.Total; skip += CsvChunk)
        {
            var rows = await ReviewList.PageAsync(db, filter, summary, sort: null, skip, CsvChunk, ct: ct);
            foreach (var f in rows)
            {
                await csv.WriteLineAsync(string.Join(',', new[]
                {
                    f.UnitCode, f.UnitName, f.ProjectCode ?? string.Empty, f.ProjectName, RuleTitles.Of(f.RuleId), f.Severity.ToChinese(),
                    f.IndicatorRow?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, f.Field ?? string.Empty, f.Message, f.Fix,
                }.Select(Jixiao.Domain.Text.CsvCell.Write)).AsMemory(), ct);
            }

            if (rows.Count < CsvChunk)
            {
                break;
            }
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        Scope = await ScopeQueries.ResolveAsync(db, user.Access, Region, Year, ct);
        if (Scope is null)
        {
            return;
        }

        await ResolveUnitAsync(Scope, ct);
        // The counts change only with a write of the region-year (import, save, review run), which changes its stamp.
        var stamp = await DashboardSummaries.YearStampAsync(db, Scope.RegionCode, Scope.Year, ct);
        var filter = Filter(Scope, user);
        var unfiltered = filter with { RuleId = null, Severity = null, UnitId = null };
        if (UnitNotFound)
        {
            // No such unit: nothing to count or read; the page says so and what to do (the rule filter still lists the rules).
            RuleIds = [.. (await SummaryAsync(unfiltered, stamp, ct)).ByRule.Select(r => r.Key).Order(StringComparer.Ordinal)];
            return;
        }

        Summary = await SummaryAsync(filter, stamp, ct);
        var all = filter == unfiltered ? Summary : await SummaryAsync(unfiltered, stamp, ct);
        RuleIds = [.. all.ByRule.Select(r => r.Key).Order(StringComparer.Ordinal)];
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var sort = Sort is ReviewList.BySeverity or ReviewList.ByRule or ReviewList.ByProject ? Sort : "unit";
        var groups = sort is ReviewList.BySeverity or ReviewList.ByRule ? await summaries.GroupsAsync(db, filter, stamp, sort, ct) : null;
        var names = sort is ReviewList.ByProject ? await summaries.NameOrderAsync(db, filter, stamp, ct) : null;
        Task<IReadOnlyList<FindingRow>> Read(CancellationToken c) => ReviewList.PageAsync(db, filter, Summary, sort, (PageNumber - 1) * PageSize, PageSize, groups, names, c);
        Shown = PageNumber == 1 ? await summaries.FirstPageAsync(filter, stamp, sort, Read, ct) : await Read(ct);
    }

    private FindingFilter Filter(Scope scope, UserAccess user) =>
        new(scope.RegionCode, scope.Year) { OnlyUnitIds = user.OnlyUnitIds, RuleId = Rule, Severity = Severity, UnitId = Unit };

    private Task<ReviewListSummary> SummaryAsync(FindingFilter filter, string stamp, CancellationToken ct) => summaries.SummaryAsync(db, filter, stamp, ct);

    /// <summary>The unit filter: a typed code becomes the unit's id (none of the region: <see cref="UnitNotFound"/>, and
    /// nothing is read); a unit id from a link shows its code in the field (an unknown id is not found either).</summary>
    private async Task ResolveUnitAsync(Scope scope, CancellationToken ct)
    {
        if (UnitCode?.Trim() is { Length: > 0 } code)
        {
            UnitCode = code;
            Unit = await db.Units.AsNoTracking().Where(u => u.RegionCode == scope.RegionCode && u.Code == code).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
            UnitNotFound = Unit is null;
        }
        else if (Unit is { } id)
        {
            UnitCode = await db.Units.AsNoTracking().Where(u => u.Id == id && u.RegionCode == scope.RegionCode).Select(u => u.Code).FirstOrDefaultAsync(ct);
            UnitNotFound = UnitCode is null;
        }
    }

    private bool IsHtmx => Request.Headers.ContainsKey("HX-Request");
}
