using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Queries;
using Jixiao.Domain.Goals;
using Jixiao.Web.Api;
using Jixiao.Web.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Projects;

/// <summary>项目 page: the goal table as on the official form with the latest review's findings on their cells,
/// the version history, and the differences between two versions.</summary>
public sealed class DetailsModel(JixiaoDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    /// <summary>Compare version <see cref="From"/> with <see cref="To"/>.</summary>
    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    [TempData]
    public string? Saved { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    public CellFindings Findings { get; private set; } = new([]);

    public bool CanEdit { get; private set; }

    public IReadOnlyList<string>? Differences { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var unit = await db.Projects.AsNoTracking().Where(p => p.Id == Id).Select(p => p.Unit).SingleOrDefaultAsync(ct);
        if (unit is null)
        {
            return NotFound();
        }

        var user = await UserAccess.LoadAsync(db, User, ct);
        if (!user.Access.CanReadUnit(unit))
        {
            return Forbid();
        }

        var details = await ProjectQueries.GetAsync(db, Id, Version, ct);
        if (details is null)
        {
            return NotFound();
        }

        Project = details;
        CanEdit = user.Access.CanEditUnit(unit) && !details.Removed;
        if (details.ShownVersion == details.CurrentVersion)
        {
            Findings = new CellFindings(await ReviewQueries.ListAsync(db, new FindingFilter(details.RegionCode, details.FiscalYear) { ProjectId = Id }, ct: ct));
        }

        if (From is { } from && To is { } to && from != to)
        {
            var a = await ProjectQueries.GetAsync(db, Id, from, ct);
            var b = await ProjectQueries.GetAsync(db, Id, to, ct);
            Differences = a is null || b is null ? ["所选版本不存在。"] : DocumentComparer.CompareProjects(a.Content, b.Content, $"第 {from} 版 → 第 {to} 版");
        }

        return Page();
    }

    /// <summary>Indicator rows grouped for the merged 一级/二级 cells of the official form.</summary>
    public IReadOnlyList<(int Row, Indicator Indicator, int Level1Span, int Level2Span)> Rows()
    {
        var rows = Project.Content.Indicators;
        var result = new List<(int, Indicator, int, int)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var l1 = i > 0 && rows[i - 1].Level1 == rows[i].Level1 ? 0 : CountRun(rows, i, r => r.Level1);
            var l2 = i > 0 && rows[i - 1].Level1 == rows[i].Level1 && rows[i - 1].Level2 == rows[i].Level2 ? 0 : CountRun(rows, i, r => r.Level1 + "\u0001" + r.Level2);
            result.Add((i + 1, rows[i], l1, l2));
        }

        return result;
    }

    private static int CountRun(IReadOnlyList<Indicator> rows, int start, Func<Indicator, string> key)
    {
        var n = 1;
        while (start + n < rows.Count && key(rows[start + n]) == key(rows[start]))
        {
            n++;
        }

        return n;
    }
}
