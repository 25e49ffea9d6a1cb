using Jixiao.Application.Review;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Mapping;
using Jixiao.Domain.Goals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jixiao.Application.Documents;

/// <summary>A stored department document rebuilt as the domain record (Part 1 and the current version of each
/// project), e.g. to export it or to review it again.</summary>
public static class DocumentQueries
{
    public static Task<PerformanceDocument?> GetAsync(JixiaoDbContext db, string regionCode, int year, string departmentCode, CancellationToken cancellationToken = default) =>
        LoadOneAsync(db, db.Documents.Where(d => d.RegionCode == regionCode && d.FiscalYear == year && d.DepartmentCode == departmentCode), cancellationToken);

    /// <summary>The document with this id; callers that have only the id need not load the entity first.</summary>
    public static Task<PerformanceDocument?> GetAsync(JixiaoDbContext db, int documentId, CancellationToken cancellationToken = default) =>
        LoadOneAsync(db, db.Documents.Where(d => d.Id == documentId), cancellationToken);

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

    /// <summary>The documents with these ids (those that exist), read by three set-based queries whatever their
    /// number — documents, Part 1, the current versions with their rows — without the change tracker: what
    /// `jixiao db review` reviews a batch of at a time.</summary>
    public static async Task<IReadOnlyDictionary<int, PerformanceDocument>> GetManyAsync(JixiaoDbContext db, IReadOnlyCollection<int> documentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var ids = documentIds.Distinct().ToList();
        return await LoadAsync(db, db.Documents.Where(d => ids.Contains(d.Id)), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<PerformanceDocument?> LoadOneAsync(JixiaoDbContext db, IQueryable<Data.Entities.DepartmentDocument> match, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(db, match.OrderBy(d => d.Id).Take(2), cancellationToken).ConfigureAwait(false);
        return loaded.Count switch
        {
            0 => null,
            1 => loaded.Values.Single(),
            _ => throw new InvalidOperationException("More than one document matches."),
        };
    }

    private static async Task<IReadOnlyDictionary<int, PerformanceDocument>> LoadAsync(JixiaoDbContext db, IQueryable<Data.Entities.DepartmentDocument> match,
        CancellationToken cancellationToken)
    {
        var documents = await match.AsNoTracking().Include(d => d.SubGoals).Include(d => d.Safeguards).AsSplitQuery()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (documents.Count == 0)
        {
            return new Dictionary<int, PerformanceDocument>();
        }

        var ids = documents.Select(d => d.Id).ToList();
        var current = db.ProjectVersions.AsNoTracking()
            .Where(v => ids.Contains(v.Project!.DocumentId) && v.Project.RemovedAt == null && v.Number == v.Project.CurrentVersion);
        // One plain query per table (rows of the current versions by a subquery), put together here: a split Include
        // sorts every child table by its parents' keys, and a single query would repeat each version per row.
        var versions = await current.Select(v => new { v.Project!.DocumentId, Version = v }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var versionIds = current.Select(v => v.Id);
        var indicators = (await IndicatorRowsAsync(db, db.ProjectIndicators.Where(i => versionIds.Contains(i.VersionId)), cancellationToken).ConfigureAwait(false))
            .ToLookup(i => i.VersionId);
        var goals = (await db.ProjectGoals.AsNoTracking().Where(g => versionIds.Contains(g.VersionId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(g => g.VersionId);
        var checkpoints = (await db.PlanCheckpoints.AsNoTracking().Where(c => versionIds.Contains(c.VersionId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(c => c.VersionId);
        foreach (var v in versions.Select(v => v.Version))
        {
            v.Indicators = [.. indicators[v.Id]];
            v.Goals = [.. goals[v.Id]];
            v.Checkpoints = [.. checkpoints[v.Id]];
        }

        var byDocument = versions.ToLookup(v => v.DocumentId, v => v.Version);
        var parsedTargets = new Dictionary<string, TargetValue>(StringComparer.Ordinal);
        return documents.ToDictionary(d => d.Id, d => DocumentMapping.ToDomain(d, byDocument[d.Id], parsedTargets));
    }

    /// <summary>The indicator rows <paramref name="match"/> selects, with only the columns the domain row is rebuilt from
    /// (the parsed target columns are for SQL, and their conversions would cost more than the rest of the row). EF
    /// writes the SQL; the rows are read by a plain data reader, in the projection's column order, without EF's per-row
    /// materialisation (a region's review reads millions of them).</summary>
    private static async Task<List<Data.Entities.ProjectIndicator>> IndicatorRowsAsync(JixiaoDbContext db, IQueryable<Data.Entities.ProjectIndicator> match,
        CancellationToken ct)
    {
        var query = match.AsNoTracking()
            .Select(i => new { i.VersionId, i.Row, i.Level1, i.Level2, i.Name, i.Description, i.TargetText, i.TargetBasis, i.Weight, i.Standards, i.Extras });
        var rows = new List<Data.Entities.ProjectIndicator>();
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        try
        {
            await using var command = query.CreateDbCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                rows.Add(new Data.Entities.ProjectIndicator
                {
                    VersionId = reader.GetInt64(0), Row = reader.GetInt32(1), Level1 = reader.GetString(2), Level2 = reader.GetString(3), Name = reader.GetString(4),
                    Description = reader.GetString(5), TargetText = reader.GetString(6), TargetBasis = reader.GetString(7),
                    Weight = reader.IsDBNull(8) ? null : reader.GetDecimal(8), Standards = reader.GetString(9), Extras = reader.GetString(10),
                });
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        return rows;
    }
}
