using Jixiao.Application.Review;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Mapping;
using Jixiao.Domain.Goals;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Documents;

/// <summary>A stored department document rebuilt as the domain record (Part 1 and the current version of each
/// project), e.g. to export it or to review it again.</summary>
public static class DocumentQueries
{
    public static Task<PerformanceDocument?> GetAsync(JixiaoDbContext db, string regionCode, int year, string departmentCode, CancellationToken cancellationToken = default) =>
        LoadAsync(db, db.Documents.Where(d => d.RegionCode == regionCode && d.FiscalYear == year && d.DepartmentCode == departmentCode), cancellationToken);

    /// <summary>The document with this id; callers that have only the id need not load the entity first.</summary>
    public static Task<PerformanceDocument?> GetAsync(JixiaoDbContext db, int documentId, CancellationToken cancellationToken = default) =>
        LoadAsync(db, db.Documents.Where(d => d.Id == documentId), cancellationToken);

    /// <summary>The documents of <paramref name="scope"/> the user may read, by department code.</summary>
    public static async Task<IReadOnlyList<DocumentListItem>> ListAsync(JixiaoDbContext db, Scope scope, UserAccess user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(user);
        var documents = await db.Documents.AsNoTracking().Where(d => d.RegionCode == scope.RegionCode && d.FiscalYear == scope.Year)
            .OrderBy(d => d.DepartmentCode).ToListAsync(ct).ConfigureAwait(false);
        var runs = await ReviewQueries.LatestRuns(db).Where(r => r.Document!.RegionCode == scope.RegionCode && r.Document.FiscalYear == scope.Year)
            .ToDictionaryAsync(r => r.DocumentId, ct).ConfigureAwait(false);
        var totals = await db.ProjectVersions.AsNoTracking()
            .Where(v => v.Project!.Document!.RegionCode == scope.RegionCode && v.Project.FiscalYear == scope.Year && v.Project.RemovedAt == null && v.Number == v.Project.CurrentVersion)
            .GroupBy(v => v.Project!.DocumentId)
            .Select(g => new { DocumentId = g.Key, Count = g.Count(), Fen = g.Sum(v => v.BudgetFen) })
            .ToDictionaryAsync(x => x.DocumentId, ct).ConfigureAwait(false);
        return [.. documents.Where(d => user.Can(Operation.Read, Resource.Of(d))).Select(d =>
        {
            var total = totals.GetValueOrDefault(d.Id);
            var run = runs.GetValueOrDefault(d.Id);
            return new DocumentListItem(d, total?.Count ?? 0, new Money(total?.Fen ?? 0), run?.Grade, run?.Score);
        })];
    }

    /// <summary>Part 1 of a document entity read with its sub-goals and safeguards.</summary>
    public static DepartmentGoals Part1Of(Data.Entities.DepartmentDocument document) => DocumentMapping.ToDomain(document, []).DepartmentGoals;

    private static async Task<PerformanceDocument?> LoadAsync(JixiaoDbContext db, IQueryable<Data.Entities.DepartmentDocument> match, CancellationToken cancellationToken)
    {
        var document = await match.AsNoTracking().Include(d => d.SubGoals).Include(d => d.Safeguards).AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        var versions = await db.ProjectVersions.AsNoTracking()
            .Include(v => v.Checkpoints).Include(v => v.Goals).Include(v => v.Indicators).AsSplitQuery()
            .Where(v => v.Project!.DocumentId == document.Id && v.Project.RemovedAt == null && v.Number == v.Project.CurrentVersion)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return DocumentMapping.ToDomain(document, versions);
    }
}
