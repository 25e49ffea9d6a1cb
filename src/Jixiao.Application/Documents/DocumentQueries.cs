using Jixiao.Application.Review;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Mapping;
using Jixiao.Data.Reading;
using Jixiao.Domain.Goals;
using Microsoft.EntityFrameworkCore;

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
        var versions = await StoredRows.ReadAsync(db, current.Select(v => new
        {
            v.Project!.DocumentId, v.Id, v.Sequence, v.UnitCode, v.UnitName, v.MoneyUnit, v.Name, v.CodeAsWritten, v.BudgetFen, v.FiscalFundsFen, v.OtherFundsFen,
            v.FundUse, v.Extras, v.FormLacks,
        }), r => (DocumentId: r.GetInt32(0), Version: new Data.Entities.ProjectVersion
        {
            Id = r.GetInt64(1), Sequence = r.GetInt32(2), UnitCode = r.GetString(3), UnitName = r.GetString(4), MoneyUnit = r.GetString(5), Name = r.GetString(6),
            CodeAsWritten = r.GetString(7), BudgetFen = r.GetInt64(8), FiscalFundsFen = r.IsNull(9) ? null : r.GetInt64(9),
            OtherFundsFen = r.IsNull(10) ? null : r.GetInt64(10), FundUse = r.GetString(11), Extras = r.GetString(12),
            FormLacks = (FormFields)r.GetInt32(13),
        }), cancellationToken).ConfigureAwait(false);
        var versionIds = current.Select(v => v.Id);
        // Only the columns the domain row is rebuilt from (the parsed target columns are for SQL, and their conversions
        // would cost more than the rest of the row).
        var indicators = (await StoredRows.ReadAsync(db, db.ProjectIndicators.Where(i => versionIds.Contains(i.VersionId))
                .Select(i => new { i.VersionId, i.Row, i.Level1, i.Level2, i.Name, i.Description, i.TargetText, i.TargetBasis, i.Weight, i.Standards, i.Extras }),
                r => new Data.Entities.ProjectIndicator
                {
                    VersionId = r.GetInt64(0), Row = r.GetInt32(1), Level1 = r.GetString(2), Level2 = r.GetString(3), Name = r.GetString(4),
                    Description = r.GetString(5), TargetText = r.GetString(6), TargetBasis = r.GetString(7), Weight = r.GetDecimalOrNull(8),
                    Standards = r.GetString(9), Extras = r.GetString(10),
                }, cancellationToken).ConfigureAwait(false))
            .ToLookup(i => i.VersionId);
        var goals = (await StoredRows.ReadAsync(db, db.ProjectGoals.Where(g => versionIds.Contains(g.VersionId))
                .Select(g => new { g.VersionId, g.Position, g.Number, g.Text }),
                r => new Data.Entities.ProjectGoal { VersionId = r.GetInt64(0), Position = r.GetInt32(1), Number = r.GetInt32(2), Text = r.GetString(3) },
                cancellationToken).ConfigureAwait(false))
            .ToLookup(g => g.VersionId);
        var checkpoints = (await StoredRows.ReadAsync(db, db.PlanCheckpoints.Where(c => versionIds.Contains(c.VersionId))
                .Select(c => new { c.VersionId, c.Month, c.CumulativePercent }),
                r => new Data.Entities.PlanCheckpoint { VersionId = r.GetInt64(0), Month = r.GetInt32(1), CumulativePercent = r.GetDecimal(2) },
                cancellationToken).ConfigureAwait(false))
            .ToLookup(c => c.VersionId);
        foreach (var v in versions.Select(v => v.Version))
        {
            v.Indicators = [.. indicators[v.Id]];
            v.Goals = [.. goals[v.Id]];
            v.Checkpoints = [.. checkpoints[v.Id]];
        }

        var byDocument = versions.ToLookup(v => v.DocumentId, v => v.Version);
        var parsed = new ParsedTexts();
        return documents.ToDictionary(d => d.Id, d => DocumentMapping.ToDomain(d, byDocument[d.Id], parsed));
    }
}
