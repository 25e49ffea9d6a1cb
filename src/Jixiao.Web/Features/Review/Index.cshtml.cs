using System.Text;
using Jixiao.Application.Review;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Review;

/// <summary>审核 list: every finding of the latest review of a region's year, filtered by rule, severity and unit;
/// downloadable as CSV.</summary>
public sealed class IndexModel(CurrentUser currentUser, JixiaoDbContext db) : PageModel
{
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
                f.UnitCode, f.UnitName, f.ProjectCode ?? string.Empty, f.ProjectName, f.RuleId, f.Severity.ToChinese(),
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
        Findings = [.. all.Where(f => (string.IsNullOrEmpty(Rule) || f.RuleId == Rule) && (Severity is null || f.Severity == Severity) && (Unit is null || f.UnitId == Unit))];
    }

    private bool IsHtmx => Request.Headers.ContainsKey("HX-Request");
}
