using Jixiao.Application.Documents;
using Jixiao.Application.Review;
using Jixiao.Application.Users;
using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Data.Mapping;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Dashboard;

/// <summary>单位 page: the department's Part 1 (overall goal, sub-goals, safeguards) and the unit's projects of a year
/// (the requested one when the region has it, else the latest), with the errors and warnings of the latest review.</summary>
public static class UnitPages
{
    /// <summary>The page, or why not: <see cref="OutcomeKind.NotFound"/> (no such unit) or
    /// <see cref="OutcomeKind.Forbidden"/> (not the user's to read).</summary>
    public static async Task<(UnitPage? Page, OutcomeKind Outcome)> LoadAsync(JixiaoDbContext db, int unitId, int? year, UserAccess user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct).ConfigureAwait(false);
        if (unit is null)
        {
            return (null, OutcomeKind.NotFound);
        }

        if (!user.Can(Operation.Read, Resource.Of(unit)))
        {
            return (null, OutcomeKind.Forbidden);
        }

        var years = await db.FiscalYears.AsNoTracking().Where(y => y.RegionCode == unit.RegionCode).OrderByDescending(y => y.Year).Select(y => y.Year)
            .ToListAsync(ct).ConfigureAwait(false);
        var fiscalYear = year is { } y && years.Contains(y) ? y : years.Count > 0 ? years[0] : 0;
        var document = await db.Documents.Include(d => d.SubGoals).Include(d => d.Safeguards).AsSplitQuery()
            .Where(d => d.RegionCode == unit.RegionCode && d.FiscalYear == fiscalYear && d.DepartmentCode == unit.DepartmentCode)
            .SingleWithWorkflowAsync(ct).ConfigureAwait(false);
        var rows = await db.ProjectVersions.AsNoTracking()
            .Where(v => v.Project!.UnitId == unit.Id && v.Project.FiscalYear == fiscalYear && v.Project.RemovedAt == null && v.Number == v.Project.CurrentVersion)
            .OrderBy(v => v.Sequence)
            .Select(v => new { v.ProjectId, v.Sequence, v.Project!.Code, v.Name, v.BudgetFen, v.Number })
            .ToListAsync(ct).ConfigureAwait(false);
        // Counted for these projects only: the region's latest runs hold every unit's findings (a million in a province).
        var counts = await ReviewQueries.CountsByProjectAsync(db, [.. rows.Select(r => r.ProjectId)], ct).ConfigureAwait(false);
        var projects = rows.Select(r => new UnitProject(r.ProjectId, r.Sequence, r.Code, r.Name, new Money(r.BudgetFen), r.Number,
            counts.GetValueOrDefault(r.ProjectId).Errors, counts.GetValueOrDefault(r.ProjectId).Warnings)).ToList();
        // Part 1 is the department's: its findings are shown to everyone who reads the unit, the clerk who fixes it included.
        var part1Findings = document is null ? [] : await ReviewQueries.ForDocumentItselfAsync(db, document.Id, document.DepartmentName, ct).ConfigureAwait(false);
        return (new UnitPage(unit, fiscalYear, years, document, document is null ? null : DocumentQueries.Part1Of(document),
            document is not null && user.Can(Operation.Edit, Resource.Of(document)), user.Can(Operation.Edit, Resource.Of(unit)), projects)
        {
            State = document is null ? null : WorkflowMapping.StateOf(document),
            Part1Findings = part1Findings,
        }, OutcomeKind.Done);
    }
}
