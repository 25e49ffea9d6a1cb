using Jixiao.Application.Documents;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Review;

/// <summary>Reads the latest stored review run of each document: findings with their unit and project (the
/// dashboard's counts per unit are stored in <see cref="Dashboard.DashboardSummaries"/>).</summary>
public static class ReviewQueries
{
    /// <summary>The newest run of every document.</summary>
    public static IQueryable<ReviewRun> LatestRuns(JixiaoDbContext db) =>
        db.ReviewRuns.AsNoTracking().Where(r => r.Id == db.ReviewRuns.Where(x => x.DocumentId == r.DocumentId).Max(x => x.Id));

    /// <summary>The findings of one project in its document's latest review run, in the order of
    /// <see cref="ListAsync"/>. The names come from the project just read, which spares the page the two name
    /// look-ups of the list.</summary>
    public static async Task<IReadOnlyList<FindingRow>> ForProjectAsync(JixiaoDbContext db, ProjectDetails project, CancellationToken ct = default)
    {
        var documentId = project.DocumentId;
        var projectId = project.ProjectId;
        var rows = await db.ReviewFindings.AsNoTracking()
            .Where(f => f.ProjectId == projectId && f.ReviewRunId == db.ReviewRuns.Where(r => r.DocumentId == documentId).Max(r => r.FindingsRunId))
            .OrderBy(f => f.IndicatorRow).ThenBy(f => f.Id)
            .Select(f => new { f.Id, f.ProjectCode, f.RuleId, f.Severity, f.IndicatorRow, f.GoalNumber, f.Field, f.Message, Fix = db.FindingTexts.Where(t => t.Id == f.TextId).Select(t => t.Fix).First() })
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(r => new FindingRow(r.Id, documentId, project.DepartmentName, project.UnitId, project.UnitCode, project.UnitName,
            projectId, r.ProjectCode, project.Content.ProjectName, r.RuleId, r.Severity, r.IndicatorRow, r.GoalNumber, r.Field, r.Message, r.Fix))];
    }

    /// <summary>The document's own findings (Part 1, rules across tables: no project) in its latest review run, in the
    /// order of <see cref="ListAsync"/>.</summary>
    public static async Task<IReadOnlyList<FindingRow>> ForDocumentItselfAsync(JixiaoDbContext db, int documentId, string departmentName, CancellationToken ct = default)
    {
        var rows = await db.ReviewFindings.AsNoTracking()
            .Where(f => f.ProjectId == null && f.ReviewRunId == db.ReviewRuns.Where(r => r.DocumentId == documentId).Max(r => r.FindingsRunId))
            .OrderBy(f => f.IndicatorRow).ThenBy(f => f.Id)
            .Select(f => new { f.Id, f.ProjectCode, f.RuleId, f.Severity, f.IndicatorRow, f.GoalNumber, f.Field, f.Message, Fix = db.FindingTexts.Where(t => t.Id == f.TextId).Select(t => t.Fix).First() })
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(r => new FindingRow(r.Id, documentId, departmentName, null, string.Empty, string.Empty,
            null, r.ProjectCode, string.Empty, r.RuleId, r.Severity, r.IndicatorRow, r.GoalNumber, r.Field, r.Message, r.Fix))];
    }

    /// <summary>Findings of the latest runs that match <paramref name="filter"/> (a unit editor's: of its units only),
    /// ordered by unit, project table and row.</summary>
    public static async Task<IReadOnlyList<FindingRow>> ListAsync(JixiaoDbContext db, FindingFilter filter, int limit = 5000, CancellationToken ct = default)
    {
        var rows = await Ordered(Columns(db, Matching(db, filter))).Take(limit).ToListAsync(ct).ConfigureAwait(false);
        return await WithNamesAsync(db, rows, ct).ConfigureAwait(false);
    }

    /// <summary>The findings of the latest runs of the filter's region-year that match it, unsorted.</summary>
    internal static IQueryable<ReviewFinding> Matching(JixiaoDbContext db, FindingFilter filter)
    {
        var query = OfFilter(db, db.ReviewFindings.AsNoTracking(), filter);
        if (filter.ProjectId is { } projectId)
        {
            query = query.Where(f => f.ProjectId == projectId);
        }

        if (filter.UnitId is { } unitId)
        {
            query = query.Where(f => f.ProjectId != null && db.Projects.Any(p => p.Id == f.ProjectId && p.UnitId == unitId));
        }

        if (filter.OnlyUnitIds is { } own)
        {
            // Their projects' findings, and the document-level ones (Part 1, rules across tables) of the departments
            // they fill in: the clerk who must fix Part 1 sees what is wrong with it.
            query = query.Where(f => f.ProjectId != null
                ? db.Projects.Any(p => p.Id == f.ProjectId && own.Contains(p.UnitId))
                : db.ReviewRuns.Any(r => r.Id == f.ReviewRunId && db.Projects.Any(p => p.DocumentId == r.DocumentId && own.Contains(p.UnitId))));
        }

        return query;
    }

    /// <summary>The stored count lines (<see cref="ReviewFindingCount"/>) of the latest runs that match the filter, as
    /// <see cref="Matching"/> picks findings: a line's unit is its findings' projects' unit, no unit the document's own.</summary>
    internal static IQueryable<ReviewFindingCount> MatchingCounts(JixiaoDbContext db, FindingFilter filter)
    {
        if (filter.ProjectId is not null)
        {
            throw new ArgumentException("The stored counts are per unit; a project's findings are counted from the findings.", nameof(filter));
        }

        var query = OfFilter(db, db.ReviewFindingCounts.AsNoTracking(), filter);
        if (filter.UnitId is { } unitId)
        {
            query = query.Where(c => c.UnitId == unitId);
        }

        if (filter.OnlyUnitIds is { } own)
        {
            query = query.Where(c => c.UnitId != null
                ? own.Contains(c.UnitId.Value)
                : db.ReviewRuns.Any(r => r.Id == c.ReviewRunId && db.Projects.Any(p => p.DocumentId == r.DocumentId && own.Contains(p.UnitId))));
        }

        return query;
    }

    /// <summary>The lines (findings or their stored counts) of the latest runs of the filter's region-year, with its rule
    /// and severity: what findings and counts are filtered by alike.</summary>
    private static IQueryable<T> OfFilter<T>(JixiaoDbContext db, IQueryable<T> lines, FindingFilter filter)
        where T : class, IReviewLine
    {
        var runs = LatestRunsOf(db, filter);
        var query = lines.Where(f => runs.Select(r => r.FindingsRunId).Contains(f.ReviewRunId));
        if (filter.RuleId is { Length: > 0 } rule)
        {
            query = query.Where(f => f.RuleId == rule);
        }

        if (filter.Severity is { } severity)
        {
            query = query.Where(f => f.Severity == severity);
        }

        return query;
    }

    /// <summary>The latest runs of the filter's region-year (and document, if it names one).</summary>
    internal static IQueryable<ReviewRun> LatestRunsOf(JixiaoDbContext db, FindingFilter filter)
    {
        var runs = LatestRuns(db).Where(r => r.Document!.RegionCode == filter.RegionCode && r.Document.FiscalYear == filter.Year);
        return filter.DocumentId is { } documentId ? runs.Where(r => r.DocumentId == documentId) : runs;
    }

    /// <summary>The columns a finding row needs, with its run's document.</summary>
    internal static IQueryable<FindingColumns> Columns(JixiaoDbContext db, IQueryable<ReviewFinding> findings) => findings
        .Select(f => new FindingColumns
        {
            Id = f.Id, ReviewRunId = f.ReviewRunId, ProjectId = f.ProjectId, ProjectCode = f.ProjectCode, ProjectSequence = f.ProjectSequence, RuleId = f.RuleId,
            Severity = f.Severity, IndicatorRow = f.IndicatorRow, GoalNumber = f.GoalNumber, Field = f.Field, Message = f.Message,
            Fix = db.FindingTexts.Where(t => t.Id == f.TextId).Select(t => t.Fix).First(),
            DocumentId = db.ReviewRuns.Where(r => r.Id == f.ReviewRunId).Select(r => r.DocumentId).First(),
        });

    /// <summary>The list's own order: document, its own findings (Part 1, no project) first on every database — SQLite
    /// sorts NULL first, PostgreSQL last —, then project table, row and id.</summary>
    internal static IOrderedQueryable<FindingColumns> Ordered(IQueryable<FindingColumns> rows) => rows
        .OrderBy(f => f.DocumentId).ThenBy(f => f.ProjectSequence == null ? 0 : 1).ThenBy(f => f.ProjectSequence).ThenBy(f => f.IndicatorRow).ThenBy(f => f.Id);

    /// <summary>The rows with their department, unit and project names (two look-ups for the whole set).</summary>
    internal static async Task<IReadOnlyList<FindingRow>> WithNamesAsync(JixiaoDbContext db, IReadOnlyList<FindingColumns> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return []; // no names to look up: spares a project page without findings two queries
        }

        var documentIds = rows.Select(r => r.DocumentId).Distinct().ToList();
        var departments = await db.Documents.AsNoTracking().Where(d => documentIds.Contains(d.Id)).Select(d => new { d.Id, d.DepartmentName })
            .ToDictionaryAsync(d => d.Id, d => d.DepartmentName, ct).ConfigureAwait(false);
        var projectIds = rows.Where(r => r.ProjectId != null).Select(r => r.ProjectId!.Value).Distinct().ToList();
        var projects = await db.ProjectVersions.AsNoTracking()
            .Where(v => projectIds.Contains(v.ProjectId) && v.Number == v.Project!.CurrentVersion)
            .Select(v => new { v.ProjectId, v.Name, v.Project!.UnitId, UnitCode = v.Project.Unit!.Code, UnitName = v.Project.Unit.Name })
            .ToDictionaryAsync(v => v.ProjectId, ct).ConfigureAwait(false);

        return [.. rows.Select(r =>
        {
            var p = r.ProjectId is { } id && projects.TryGetValue(id, out var found) ? found : null;
            return new FindingRow(r.Id, r.DocumentId, departments.GetValueOrDefault(r.DocumentId, string.Empty), p?.UnitId, p?.UnitCode ?? string.Empty,
                p?.UnitName ?? string.Empty, r.ProjectId, r.ProjectCode, p?.Name ?? string.Empty, r.RuleId, r.Severity, r.IndicatorRow, r.GoalNumber, r.Field, r.Message, r.Fix);
        })];
    }
}
