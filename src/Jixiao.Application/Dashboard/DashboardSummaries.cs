using System.Globalization;
using Jixiao.Data;
using Jixiao.Data.Bulk;
using Jixiao.Data.Entities;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Dashboard;

/// <summary>
/// Keeps <see cref="DashboardSummary"/> right: every write that changes a document's projects or adds a review run
/// calls <see cref="RefreshDocumentAsync"/> inside its own transaction, which recomputes the lines of the units
/// that document touches (a few hundred projects at most) from the same SQL the unit list uses. Reads are then a
/// range scan of one region's year.
/// </summary>
public static class DashboardSummaries
{
    /// <summary>Recomputes the lines of the units of document <paramref name="documentId"/>'s department, of its
    /// projects, and of <paramref name="alsoUnitIds"/> (units that lost a project in this write). Call after
    /// SaveChanges, inside the write's transaction; it saves its own changes.</summary>
    public static Task RefreshDocumentAsync(JixiaoDbContext db, int documentId, IEnumerable<int> alsoUnitIds, DateTime now, CancellationToken ct = default) =>
        RefreshDocumentsAsync(db, [documentId], alsoUnitIds, now, ct);

    /// <summary>As <see cref="RefreshDocumentAsync"/> for many documents at once: the same lines, computed by one set of
    /// queries per region-year instead of one per document (a review of a whole region records thousands of documents
    /// in a few writes). Region-years are locked in order, as every write locks them.</summary>
    public static async Task RefreshDocumentsAsync(JixiaoDbContext db, IReadOnlyCollection<int> documentIds, IEnumerable<int> alsoUnitIds, DateTime now,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var ids = documentIds.Distinct().ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.RegionCode, d.FiscalYear, d.DepartmentCode }).ToListAsync(ct).ConfigureAwait(false);
        var extra = alsoUnitIds.Distinct().ToList();
        foreach (var year in documents.GroupBy(d => (d.RegionCode, d.FiscalYear)).OrderBy(g => g.Key.RegionCode, StringComparer.Ordinal).ThenBy(g => g.Key.FiscalYear))
        {
            var (regionCode, fiscalYear) = year.Key;
            var inYear = year.Select(d => d.Id).ToList();
            var departments = year.Select(d => d.DepartmentCode).Distinct(StringComparer.Ordinal).ToList();
            // Whether the year's totals row is there before this write: only a row that was there holds the sum of the
            // lines, to which this write's change can be added.
            var hadTotals = await db.DashboardYearTotals.AsNoTracking().AnyAsync(t => t.RegionCode == regionCode && t.FiscalYear == fiscalYear, ct)
                .ConfigureAwait(false);
            await LockYearAsync(db, regionCode, fiscalYear, now, ct).ConfigureAwait(false);
            var touched = await UnitsOfAsync(db, regionCode, inYear, departments, extra, ct).ConfigureAwait(false);
            var units = db.Units.Where(u => touched.Contains(u.Id));
            var figures = await UnitQueries.Summarize(db, units, regionCode, fiscalYear).ToListAsync(ct).ConfigureAwait(false);
            var unitIds = figures.Select(f => f.Id).ToList();
            var counts = await FindingCountsAsync(db, unitIds, fiscalYear, ct).ConfigureAwait(false);
            // The units' lines are replaced, not updated: one DELETE and a bulk insert of the new lines cost a fraction of
            // one tracked UPDATE per line (a region's review refreshes every unit's line).
            var lines = figures.Where(unit => unit.ProjectCount != 0 || unit.HasDocument).Select(unit =>
            {
                var (errors, warnings) = counts.GetValueOrDefault(unit.Id);
                return new DashboardSummary
                {
                    RegionCode = regionCode, FiscalYear = fiscalYear, UnitId = unit.Id, UnitCode = unit.Code, ProjectCount = unit.ProjectCount,
                    BudgetFen = unit.BudgetFen ?? 0, LatestGrade = unit.LatestGrade, LatestScore = unit.LatestScore, ErrorCount = errors, WarningCount = warnings,
                    UpdatedAt = now,
                };
            }).ToList();
            var replaced = db.DashboardSummaries.Where(s => s.RegionCode == regionCode && s.FiscalYear == fiscalYear && unitIds.Contains(s.UnitId));
            var before = hadTotals ? await SumAsync(replaced, ct).ConfigureAwait(false) : null;
            await replaced.ExecuteDeleteAsync(ct).ConfigureAwait(false);
            await BulkInserter.For(db).InsertAsync(lines, ct).ConfigureAwait(false);
            if (before is null)
            {
                await SumYearAsync(db, regionCode, fiscalYear, ct).ConfigureAwait(false);
            }
            else
            {
                await AddToYearAsync(db, regionCode, fiscalYear, Difference(Sum(lines), before), ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Creates or touches the year's totals row, which takes its row lock until the transaction ends: a
    /// concurrent write of the same region-year waits here and, reading committed data statement by statement,
    /// later sums this write's lines too. The same SQL runs on SQLite and PostgreSQL.</summary>
    private static async Task LockYearAsync(JixiaoDbContext db, string regionCode, int year, DateTime now, CancellationToken ct) =>
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "DashboardYearTotals" ("RegionCode", "FiscalYear", "UnitCount", "ProjectCount", "BudgetFen", "ErrorCount", "WarningCount", "UpdatedAt")
            VALUES ({regionCode}, {year}, 0, 0, 0, 0, 0, {now})
            ON CONFLICT ("RegionCode", "FiscalYear") DO UPDATE SET "UpdatedAt" = excluded."UpdatedAt"
            """, ct).ConfigureAwait(false);

    /// <summary>The units whose lines a write of documents <paramref name="documentIds"/> changes: those of the documents'
    /// departments, those with a project in the documents, and <paramref name="extra"/> (all of the region). Each found
    /// by its own index: as one condition over the region's units (an OR with a correlated EXISTS) the database tested
    /// every unit of the region, so a review of a province in batches cost batches × units.</summary>
    private static async Task<List<int>> UnitsOfAsync(JixiaoDbContext db, string regionCode, List<int> documentIds, List<string> departments, List<int> extra,
        CancellationToken ct)
    {
        var ofDepartments = await db.Units.AsNoTracking().Where(u => u.RegionCode == regionCode && departments.Contains(u.DepartmentCode)).Select(u => u.Id)
            .ToListAsync(ct).ConfigureAwait(false);
        var ofProjects = await db.Projects.AsNoTracking().Where(p => documentIds.Contains(p.DocumentId)).Select(p => p.UnitId).Distinct()
            .ToListAsync(ct).ConfigureAwait(false);
        // The region asked of these units by their keys and checked here: asked in SQL beside the keys, it would walk the
        // region's units again.
        var others = ofProjects.Concat(extra).Distinct().ToList();
        var ofRegion = await db.Units.AsNoTracking().Where(u => others.Contains(u.Id)).Select(u => new { u.Id, u.RegionCode }).ToListAsync(ct).ConfigureAwait(false);
        return [.. ofDepartments.Concat(ofRegion.Where(u => u.RegionCode == regionCode).Select(u => u.Id)).Distinct().Order()];
    }

    private static DashboardTotals Sum(List<DashboardSummary> lines) =>
        new(lines.Count, lines.Sum(l => l.ProjectCount), new Money(lines.Sum(l => l.BudgetFen)), lines.Sum(l => l.ErrorCount), lines.Sum(l => l.WarningCount));

    private static DashboardTotals Difference(DashboardTotals after, DashboardTotals before) =>
        new(after.Units - before.Units, after.Projects - before.Projects, new Money(after.Budget.Fen - before.Budget.Fen), after.Errors - before.Errors,
            after.Warnings - before.Warnings);

    /// <summary>Adds the change of a write's lines to the year's totals row, which holds the sum of the lines before the
    /// write (and the row lock, <see cref="LockYearAsync"/>): the same figures as summing every line of the year again,
    /// which a review of a province in batches did once per batch (batches × units).</summary>
    private static async Task AddToYearAsync(JixiaoDbContext db, string regionCode, int year, DashboardTotals change, CancellationToken ct) =>
        await db.DashboardYearTotals.Where(t => t.RegionCode == regionCode && t.FiscalYear == year).ExecuteUpdateAsync(u => u
            .SetProperty(t => t.UnitCount, t => t.UnitCount + change.Units)
            .SetProperty(t => t.ProjectCount, t => t.ProjectCount + change.Projects)
            .SetProperty(t => t.BudgetFen, t => t.BudgetFen + change.Budget.Fen)
            .SetProperty(t => t.ErrorCount, t => t.ErrorCount + change.Errors)
            .SetProperty(t => t.WarningCount, t => t.WarningCount + change.Warnings), ct).ConfigureAwait(false);

    private static async Task SumYearAsync(JixiaoDbContext db, string regionCode, int year, CancellationToken ct)
    {
        var totals = await SumAsync(Lines(db, regionCode, year, null), ct).ConfigureAwait(false);
        await db.DashboardYearTotals.Where(t => t.RegionCode == regionCode && t.FiscalYear == year).ExecuteUpdateAsync(u => u
            .SetProperty(t => t.UnitCount, totals.Units)
            .SetProperty(t => t.ProjectCount, totals.Projects)
            .SetProperty(t => t.BudgetFen, totals.Budget.Fen)
            .SetProperty(t => t.ErrorCount, totals.Errors)
            .SetProperty(t => t.WarningCount, totals.Warnings), ct).ConfigureAwait(false);
    }

    /// <summary>Rebuilds every line (a database stored before the summary existed, or after a repair), one document
    /// at a time, each in its own transaction.</summary>
    public static async Task<int> RebuildAllAsync(JixiaoDbContext db, DateTime now, CancellationToken ct = default)
    {
        await db.DashboardSummaries.ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.DashboardYearTotals.ExecuteDeleteAsync(ct).ConfigureAwait(false);
        var documentIds = await db.Documents.AsNoTracking().OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(ct).ConfigureAwait(false);
        foreach (var id in documentIds)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            await RefreshDocumentAsync(db, id, [], now, ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            db.ChangeTracker.Clear();
        }

        return documentIds.Count;
    }

    /// <summary>All stored lines of a region's year, ordered by unit code.</summary>
    public static async Task<IReadOnlyList<DashboardLine>> ReadAsync(JixiaoDbContext db, string regionCode, int year, CancellationToken ct = default) =>
        await ToLinesAsync(Lines(db, regionCode, year, null).OrderBy(s => s.UnitCode), ct).ConfigureAwait(false);

    /// <summary>What the dashboard shows: totals and the grade distribution over all lines (aggregated in SQL), the
    /// units with the largest budgets, and one page of lines in unit-code order. <paramref name="onlyUnitIds"/> limits
    /// everything to those units (a unit editor's).</summary>
    public static async Task<DashboardPage> ReadPageAsync(JixiaoDbContext db, string regionCode, int year, IReadOnlyCollection<int>? onlyUnitIds, int page, int pageSize, int top, CancellationToken ct = default) =>
        await ReadPageAsync(db, regionCode, year, onlyUnitIds, null, page, pageSize, top, ct).ConfigureAwait(false);

    /// <summary>As above, only the units whose department's document is in workflow <paramref name="state"/> (a unit
    /// of a department without a workflow row is a 草稿).</summary>
    public static async Task<DashboardPage> ReadPageAsync(JixiaoDbContext db, string regionCode, int year, IReadOnlyCollection<int>? onlyUnitIds, WorkflowStatus? state,
        int page, int pageSize, int top, CancellationToken ct = default)
    {
        var lines = Lines(db, regionCode, year, onlyUnitIds);
        if (state is { } wanted)
        {
            lines = lines.Where(s => db.Documents.Any(d => d.RegionCode == s.RegionCode && d.FiscalYear == s.FiscalYear && d.DepartmentCode == s.Unit!.DepartmentCode
                && (d.Workflow == null ? WorkflowStatus.Draft : d.Workflow.Status) == wanted));
        }

        // The whole year's cards come from its totals row; a unit editor's (or a filtered list's) from the sum of its lines.
        var totals = onlyUnitIds is null && state is null ? await YearTotalsAsync(db, regionCode, year, ct).ConfigureAwait(false) : await SumAsync(lines, ct).ConfigureAwait(false);
        var grades = await lines.Where(s => s.LatestGrade != null).GroupBy(s => s.LatestGrade!.Value)
            .Select(g => new { Grade = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Grade, g => g.Count, ct).ConfigureAwait(false);
        var pageCount = Math.Max(1, (totals.Units + pageSize - 1) / pageSize);
        var shown = Math.Clamp(page, 1, pageCount);
        var pageLines = await ToLinesAsync(lines.OrderBy(s => s.UnitCode).Skip((shown - 1) * pageSize).Take(pageSize), ct).ConfigureAwait(false);
        var largest = await ToLinesAsync(lines.OrderByDescending(s => s.BudgetFen).ThenBy(s => s.UnitCode).Take(top), ct).ConfigureAwait(false);
        return new DashboardPage(totals, grades, largest, pageLines, shown, pageCount);
    }

    /// <summary>A text that changes whenever a write touches the region-year: every import, save and review run
    /// upserts its totals row first (time of the write) and re-sums it at the end. Read per request so a page
    /// fragment cached under it is replaced as soon as any web instance commits a write. "0" when nothing is stored.</summary>
    public static async Task<string> YearStampAsync(JixiaoDbContext db, string regionCode, int year, CancellationToken ct = default)
    {
        var row = await db.DashboardYearTotals.AsNoTracking().SingleOrDefaultAsync(t => t.RegionCode == regionCode && t.FiscalYear == year, ct).ConfigureAwait(false);
        return row is null
            ? "0"
            : string.Create(CultureInfo.InvariantCulture, $"{row.UpdatedAt.Ticks}-{row.UnitCount}-{row.ProjectCount}-{row.BudgetFen}-{row.ErrorCount}-{row.WarningCount}");
    }

    private static async Task<DashboardTotals> YearTotalsAsync(JixiaoDbContext db, string regionCode, int year, CancellationToken ct)
    {
        var row = await db.DashboardYearTotals.AsNoTracking().SingleOrDefaultAsync(t => t.RegionCode == regionCode && t.FiscalYear == year, ct).ConfigureAwait(false);
        return row is null ? new DashboardTotals(0, 0, Money.Zero, 0, 0) : new DashboardTotals(row.UnitCount, row.ProjectCount, new Money(row.BudgetFen), row.ErrorCount, row.WarningCount);
    }

    private static async Task<DashboardTotals> SumAsync(IQueryable<DashboardSummary> lines, CancellationToken ct)
    {
        var sums = await lines.GroupBy(s => 1).Select(g => new
            {
                Units = g.Count(), Projects = g.Sum(s => s.ProjectCount), Fen = g.Sum(s => s.BudgetFen), Errors = g.Sum(s => s.ErrorCount), Warnings = g.Sum(s => s.WarningCount),
            })
            .SingleOrDefaultAsync(ct).ConfigureAwait(false);
        return sums is null ? new DashboardTotals(0, 0, Money.Zero, 0, 0) : new DashboardTotals(sums.Units, sums.Projects, new Money(sums.Fen), sums.Errors, sums.Warnings);
    }

    private static IQueryable<DashboardSummary> Lines(JixiaoDbContext db, string regionCode, int year, IReadOnlyCollection<int>? onlyUnitIds)
    {
        var lines = db.DashboardSummaries.AsNoTracking().Where(s => s.RegionCode == regionCode && s.FiscalYear == year);
        return onlyUnitIds is { } unitIds ? lines.Where(s => unitIds.Contains(s.UnitId)) : lines;
    }

    private static async Task<IReadOnlyList<DashboardLine>> ToLinesAsync(IQueryable<DashboardSummary> lines, CancellationToken ct)
    {
        var rows = await lines
            .Select(s => new { s.UnitId, s.UnitCode, s.Unit!.Name, s.Unit.DepartmentCode, s.ProjectCount, s.BudgetFen, s.LatestGrade, s.LatestScore, s.ErrorCount, s.WarningCount })
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(r => new DashboardLine(
            new UnitSummary(r.UnitId, r.UnitCode, r.Name, r.DepartmentCode, r.ProjectCount, new Money(r.BudgetFen), r.LatestGrade), r.LatestScore, r.ErrorCount, r.WarningCount))];
    }

    /// <summary>Errors and warnings about the units' projects in the latest review run of each project's document.</summary>
    private static async Task<Dictionary<int, (int Errors, int Warnings)>> FindingCountsAsync(JixiaoDbContext db, List<int> unitIds, int year, CancellationToken ct)
    {
        var counts = await (
                from f in db.ReviewFindings.AsNoTracking()
                join p in db.Projects on f.ProjectId equals p.Id
                where unitIds.Contains(p.UnitId) && p.FiscalYear == year && f.Severity != Severity.Info
                    && f.ReviewRunId == db.ReviewRuns.Where(r => r.DocumentId == p.DocumentId).Max(r => r.FindingsRunId)
                group f by new { p.UnitId, f.Severity } into g
                select new { g.Key.UnitId, g.Key.Severity, Count = g.Count() })
            .ToListAsync(ct).ConfigureAwait(false);
        return counts.GroupBy(c => c.UnitId).ToDictionary(
            g => g.Key,
            g => (g.Where(c => c.Severity == Severity.Error).Sum(c => c.Count), g.Where(c => c.Severity == Severity.Warning).Sum(c => c.Count)));
    }
}
