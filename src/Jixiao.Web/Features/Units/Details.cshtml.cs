using Jixiao.Application.Dashboard;
using Jixiao.Application.Documents;
using Jixiao.Application.Review;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Goals;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Units;

/// <summary>单位 page: the department's Part 1 (overall goal, sub-goals, safeguards) and the unit's projects.</summary>
public sealed class DetailsModel(CurrentUser currentUser, JixiaoDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public Unit Unit { get; private set; } = null!;

    public int FiscalYear { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public DepartmentDocument? Document { get; private set; }

    public DepartmentGoals? Part1 { get; private set; }

    public bool CanEditPart1 { get; private set; }

    public bool CanEdit { get; private set; }

    public IReadOnlyList<UnitProject> Projects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == Id, ct);
        if (unit is null)
        {
            return NotFound();
        }

        var user = await currentUser.GetAsync(ct);
        if (!user.Access.CanReadUnit(unit))
        {
            return Forbid();
        }

        Unit = unit;
        CanEdit = user.Access.CanEditUnit(unit);
        Years = await db.FiscalYears.AsNoTracking().Where(y => y.RegionCode == unit.RegionCode).OrderByDescending(y => y.Year).Select(y => y.Year).ToListAsync(ct);
        FiscalYear = Year is { } y && Years.Contains(y) ? y : Years.Count > 0 ? Years[0] : 0;
        Document = await db.Documents.AsNoTracking().Include(d => d.SubGoals).Include(d => d.Safeguards).AsSplitQuery()
            .SingleOrDefaultAsync(d => d.RegionCode == unit.RegionCode && d.FiscalYear == FiscalYear && d.DepartmentCode == unit.DepartmentCode, ct);
        if (Document is not null)
        {
            Part1 = DocumentQueries.Part1Of(Document);
            CanEditPart1 = user.CanEditDocument(Document);
        }

        var counts = (await ReviewQueries.ListAsync(db, new FindingFilter(unit.RegionCode, FiscalYear) { UnitId = unit.Id }, ct: ct))
            .GroupBy(f => f.ProjectId ?? 0).ToDictionary(g => g.Key, g => (Errors: g.Count(f => f.Severity == Jixiao.Domain.Review.Severity.Error), Warnings: g.Count(f => f.Severity == Jixiao.Domain.Review.Severity.Warning)));
        var rows = await db.ProjectVersions.AsNoTracking()
            .Where(v => v.Project!.UnitId == unit.Id && v.Project.FiscalYear == FiscalYear && v.Project.RemovedAt == null && v.Number == v.Project.CurrentVersion)
            .OrderBy(v => v.Sequence)
            .Select(v => new { v.ProjectId, v.Sequence, v.Project!.Code, v.Name, v.BudgetFen, v.Number })
            .ToListAsync(ct);
        Projects = [.. rows.Select(r => new UnitProject(r.ProjectId, r.Sequence, r.Code, r.Name, new Money(r.BudgetFen), r.Number,
            counts.GetValueOrDefault(r.ProjectId).Errors, counts.GetValueOrDefault(r.ProjectId).Warnings))];
        return Page();
    }
}
