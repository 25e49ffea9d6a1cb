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
        // One plain query per table (rows of the current versions by a subquery), each row read by ordinal straight
        // into its domain record: a split Include sorts every child table by its parents' keys, a single query would
        // repeat each version per row, and an entity per row (1.8 million indicator rows for a province) would only be
        // copied into the record and dropped.
        var parsed = new ParsedTexts();
        var versions = await StoredRows.ReadAsync(db, current.Select(v => new
        {
            v.Project!.DocumentId, v.Id, v.Sequence, v.UnitCode, v.UnitName, v.MoneyUnit, v.Name, v.CodeAsWritten, v.BudgetFen, v.FiscalFundsFen, v.OtherFundsFen,
            v.FundUse, v.Extras, v.FormLacks,
        }), r => (DocumentId: r.GetInt32(0), VersionId: r.GetInt64(1), Head: new BudgetProject
        {
            Sequence = r.GetInt32(2), UnitCode = r.GetString(3), UnitName = r.GetString(4), MoneyUnit = r.GetString(5), ProjectName = r.GetString(6),
            ProjectCode = r.GetString(7), Budget = new Money(r.GetInt64(8)), FiscalFunds = r.IsNull(9) ? null : new Money(r.GetInt64(9)),
            OtherFunds = r.IsNull(10) ? null : new Money(r.GetInt64(10)), FundUse = r.GetString(11), Extras = parsed.Labeled(r.GetString(12)),
            FormLacks = (FormFields)r.GetInt32(13),
        }), cancellationToken).ConfigureAwait(false);
        var versionIds = current.Select(v => v.Id);
        // Only the columns the domain row is rebuilt from (the parsed target columns are for SQL, and their conversions
        // would cost more than the rest of the row).
        var indicators = ByVersion(await StoredRows.ReadAsync(db, db.ProjectIndicators.Where(i => versionIds.Contains(i.VersionId))
                .Select(i => new { i.VersionId, i.Row, i.Level1, i.Level2, i.Name, i.Description, i.TargetText, i.TargetBasis, i.Weight, i.Standards, i.Extras }),
                r => (VersionId: r.GetInt64(0), Order: r.GetInt32(1), Value: new Indicator
                {
                    Level1 = r.GetString(2), Level2 = r.GetString(3), Name = r.GetString(4), Description = r.GetString(5), Target = parsed.Target(r.GetString(6)),
                    TargetBasis = r.GetString(7), Weight = r.IsNull(8) ? null : DecimalValues.Normalize(r.GetDecimal(8)),
                    Standards = parsed.Labeled(r.GetString(9)), Extras = parsed.Labeled(r.GetString(10)),
                }), cancellationToken).ConfigureAwait(false));
        var goals = ByVersion(await StoredRows.ReadAsync(db, db.ProjectGoals.Where(g => versionIds.Contains(g.VersionId))
                .Select(g => new { g.VersionId, g.Position, g.Number, g.Text }),
                r => (VersionId: r.GetInt64(0), Order: r.GetInt32(1), Value: new Goal(r.GetInt32(2), r.GetString(3))), cancellationToken).ConfigureAwait(false));
        var checkpoints = ByVersion(await StoredRows.ReadAsync(db, db.PlanCheckpoints.Where(c => versionIds.Contains(c.VersionId))
                .Select(c => new { c.VersionId, c.Month, c.CumulativePercent }),
                r => (VersionId: r.GetInt64(0), Order: r.GetInt32(1), Value: new SpendingCheckpoint(r.GetInt32(1), DecimalValues.Normalize(r.GetDecimal(2)))),
                cancellationToken).ConfigureAwait(false));
        var byDocument = versions.ToLookup(v => v.DocumentId, v => v.Head with
        {
            Goals = goals.GetValueOrDefault(v.VersionId, []),
            Indicators = indicators.GetValueOrDefault(v.VersionId, []),
            SpendingPlan = new SpendingPlan(checkpoints.GetValueOrDefault(v.VersionId, [])),
        });
        return documents.ToDictionary(d => d.Id, d => DocumentMapping.WithTables(d, byDocument[d.Id]));
    }

    /// <summary>The rows of each version in their order (row, position or month), as the table lists them. The rows
    /// arrive in the order they were stored — a version's rows together and in their order —, so each version's are
    /// copied once from their run; a version whose rows are not (none the importer or an edit stores) is sorted.</summary>
    private static Dictionary<long, T[]> ByVersion<T>(List<(long VersionId, int Order, T Value)> rows)
    {
        var result = new Dictionary<long, T[]>();
        List<(long VersionId, int Order, T Value)>? scattered = null;
        var start = 0;
        while (start < rows.Count)
        {
            var versionId = rows[start].VersionId;
            var end = start + 1;
            var ordered = true;
            for (; end < rows.Count && rows[end].VersionId == versionId; end++)
            {
                ordered &= rows[end - 1].Order <= rows[end].Order;
            }

            if (ordered && result.TryAdd(versionId, Values(rows, start, end)))
            {
                start = end;
                continue;
            }

            scattered ??= [];
            scattered.AddRange(rows.GetRange(start, end - start));
            start = end;
        }

        if (scattered is not null)
        {
            var ids = scattered.Select(r => r.VersionId).ToHashSet();
            foreach (var group in rows.Where(r => ids.Contains(r.VersionId)).GroupBy(r => r.VersionId))
            {
                result[group.Key] = [.. group.OrderBy(r => r.Order).Select(r => r.Value)];
            }
        }

        return result;
    }

    private static T[] Values<T>(List<(long VersionId, int Order, T Value)> rows, int start, int end)
    {
        var values = new T[end - start];
        for (var i = start; i < end; i++)
        {
            values[i - start] = rows[i].Value;
        }

        return values;
    }
}
