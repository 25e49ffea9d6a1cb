using System.Text;
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
/// the CSV holds every finding the filter shows.</summary>
public sealed class IndexModel(CurrentUser currentUser, JixiaoDbContext db) : PageModel
{
    public const int PageSize = 100;

    /// <summary>Sort orders of the list, by the value kept in the URL.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> SortOptions =
        [("unit", "按单位、项目"), ("severity", "按严重程度"), ("rule", "按规则"), ("project", "按项目名称")];

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

    public Scope? Scope { get; private set; }

    public IReadOnlyList<FindingRow> Findings { get; private set; } = [];

    public IReadOnlyList<string> RuleIds { get; private set; } = [];

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    /// <summary>The findings of the current page, in the chosen order.</summary>
    public IReadOnlyList<FindingRow> Shown { get; private set; } = [];

    public int PageCount => Math.Max(1, (Findings.Count + PageSize - 1) / PageSize);

    /// <summary>Per unit (or document, for Part 1 findings): errors, warnings, infos of the filtered findings.</summary>
    public IReadOnlyList<(string Key, string Name, int Errors, int Warnings, int Infos)> ByUnit { get; private set; } = [];

    /// <summary>Per rule, with its Chinese title.</summary>
    public IReadOnlyList<(string Key, string Name, int Errors, int Warnings, int Infos)> ByRule { get; private set; } = [];

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
        Add("unit", Unit?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("sort", sort ?? Sort);
        Add("p", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return "/Review?" + string.Join("&", query);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return IsHtmx ? Partial("_Findings", this) : Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var csv = new StringBuilder();
        csv.AppendLine("单位代码,单位名称,项目编码,项目名称,规则,严重程度,指标行,字段,问题,修改建议");
        foreach (var f in Findings)
        {
            csv.AppendLine(string.Join(',', new[]
            {
                f.UnitCode, f.UnitName, f.ProjectCode ?? string.Empty, f.ProjectName, RuleTitles.Of(f.RuleId), f.Severity.ToChinese(),
                f.IndicatorRow?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, f.Field ?? string.Empty, f.Message, f.Fix,
            }.Select(Jixiao.Domain.Text.CsvCell.Write)));
        }

        // UTF-8 with BOM so Excel opens the Chinese text correctly.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return File(bytes, "text/csv; charset=utf-8", $"审核问题-{Scope?.RegionCode}-{Scope?.Year}.csv");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        Scope = await ScopeQueries.ResolveAsync(db, user.Access, Region, Year, ct);
        if (Scope is null)
        {
            return;
        }

        var all = await ReviewQueries.ListAsync(db, new FindingFilter(Scope.RegionCode, Scope.Year) { OnlyUnitIds = user.OnlyUnitIds }, ct: ct);
        RuleIds = [.. all.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal)];
        var unitIds = all.Where(f => f.UnitId != null).Select(f => f.UnitId!.Value).Distinct().ToList();
        Units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).OrderBy(u => u.Code).ToListAsync(ct);
        Findings = [.. Sorted(all.Where(f => (string.IsNullOrEmpty(Rule) || f.RuleId == Rule) && (Severity is null || f.Severity == Severity) && (Unit is null || f.UnitId == Unit)))];
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Shown = [.. Findings.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
        ByUnit = Summary(Findings, f => f.UnitCode.Length > 0 ? f.UnitCode : f.DepartmentName, f => f.UnitName.Length > 0 ? f.UnitName : f.DepartmentName + "（文档）");
        ByRule = Summary(Findings, f => f.RuleId, f => RuleTitle(f.RuleId));
    }

    private IEnumerable<FindingRow> Sorted(IEnumerable<FindingRow> findings) => Sort switch
    {
        "severity" => findings.OrderByDescending(f => f.Severity).ThenBy(f => f.UnitCode, StringComparer.Ordinal).ThenBy(f => f.ProjectCode, StringComparer.Ordinal),
        "rule" => findings.OrderBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.UnitCode, StringComparer.Ordinal).ThenBy(f => f.ProjectCode, StringComparer.Ordinal),
        "project" => findings.OrderBy(f => f.ProjectName, StringComparer.Ordinal).ThenBy(f => f.RuleId, StringComparer.Ordinal),
        _ => findings, // the query's order: unit, project, row
    };

    private static List<(string, string, int, int, int)> Summary(IReadOnlyList<FindingRow> findings, Func<FindingRow, string> key, Func<FindingRow, string> name) =>
        [.. findings.GroupBy(key, StringComparer.Ordinal)
            .Select(g => (g.Key, name(g.First()), g.Count(f => f.Severity == Domain.Review.Severity.Error), g.Count(f => f.Severity == Domain.Review.Severity.Warning), g.Count(f => f.Severity == Domain.Review.Severity.Info)))
            .OrderByDescending(x => x.Item3).ThenByDescending(x => x.Item4).ThenBy(x => x.Key, StringComparer.Ordinal)];

    private bool IsHtmx => Request.Headers.ContainsKey("HX-Request");
}
