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
        // The unit with its region's years in one round trip: on PostgreSQL under 50 clients every statement costs the
        // page a wake-up of the server and of the app besides its own work (docs/performance.md, branch s23a).
        var found = await db.Units.AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new { Unit = u, Years = db.FiscalYears.Where(y => y.RegionCode == u.RegionCode).OrderByDescending(y => y.Year).Select(y => y.Year).ToList() })
            .SingleOrDefaultAsync(ct).ConfigureAwait(false);
        if (found is null)
        {
            return (null, OutcomeKind.NotFound);
        }

        var (unit, years) = (found.Unit, found.Years);
        if (!user.Can(Operation.Read, Resource.Of(unit)))
        {
            return (null, OutcomeKind.Forbidden);
        }

        var fiscalYear = year is { } y && years.Contains(y) ? y : years.Count > 0 ? years[0] : 0;
        // Part 1's sub-goals and safeguards joined to the document in one statement (a handful of each: their product
        // is a few dozen short rows) rather than a split query of three round trips.
        var document = await db.Documents.Include(d => d.SubGoals).Include(d => d.Safeguards).AsSingleQuery()
            .Where(d => d.RegionCode == unit.RegionCode && d.FiscalYear == fiscalYear && d.DepartmentCode == unit.DepartmentCode)
            .SingleWithWorkflowAsync(ct).ConfigureAwait(false);
        var rows = await db.ProjectVersions.AsNoTracking()
            .Where(v => v.Project!.UnitId == unit.Id && v.Project.FiscalYear == fiscalYear && v.Project.RemovedAt == null && v.Number == v.Project.CurrentVersion)
            .OrderBy(v => v.Sequence)
            .Select(v => new
            {
                v.ProjectId, v.Sequence, v.Project!.Code, v.Name, v.BudgetFen, v.Number,
                // Each project's errors and warnings in its document's latest review run, counted in the same statement
                // through the (run, project) index: a few index probes per project, not the region's million findings.
                Errors = db.ReviewFindings.Count(f => f.ReviewRunId == db.ReviewRuns.Where(r => r.DocumentId == v.Project.DocumentId).Max(r => r.FindingsRunId)
                    && f.ProjectId == v.ProjectId && f.Severity == Severity.Error),
                Warnings = db.ReviewFindings.Count(f => f.ReviewRunId == db.ReviewRuns.Where(r => r.DocumentId == v.Project.DocumentId).Max(r => r.FindingsRunId)
                    && f.ProjectId == v.ProjectId && f.Severity == Severity.Warning),
            })
            .ToListAsync(ct).ConfigureAwait(false);
        var projects = rows.Select(r => new UnitProject(r.ProjectId, r.Sequence, r.Code, r.Name, new Money(r.BudgetFen), r.Number, r.Errors, r.Warnings)).ToList();
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
