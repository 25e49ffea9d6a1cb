using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Audit;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow.Audit;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Audit;

/// <summary>The per-document view of the one global audit chain: the document's own entries (imports, Part 1,
/// transitions, comments) and those of its projects (by year/code): table edits, execution data and payments,
/// monitoring and self-evaluation. <see cref="PageAsync"/> pages through the whole chain or one document's part of it,
/// filtered as an auditor asks (<see cref="AuditFilter"/>).</summary>
public static class AuditQueries
{
    /// <summary>The keys under which <paramref name="document"/> and its projects are recorded.</summary>
    public static Task<AuditDocumentKeys> KeysOfAsync(JixiaoDbContext db, DepartmentDocument document, CancellationToken ct = default) =>
        KeysOfAsync(db, document, null, ct);

    /// <summary>As <see cref="KeysOfAsync(JixiaoDbContext, DepartmentDocument, CancellationToken)"/>, keeping only the
    /// projects <paramref name="reader"/> may read (the access policy): a clerk sees its own units' entries of its
    /// department's document, not its sibling units'.</summary>
    public static async Task<AuditDocumentKeys> KeysOfAsync(JixiaoDbContext db, DepartmentDocument document, UserAccess? reader, CancellationToken ct = default)
    {
        var projects = await db.ProjectVersions.AsNoTracking().Where(v => v.Project!.DocumentId == document.Id && v.Number == v.Project.CurrentVersion)
            .Select(v => new { v.Project!.Code, v.Name, v.Project.UnitId }).ToListAsync(ct).ConfigureAwait(false);
        return new AuditDocumentKeys(AuditKeys.Document(document), [.. projects
            .Where(p => reader is null || reader.Can(Operation.Read, Resource.Unit(p.UnitId, document.RegionCode)))
            .Select(p => AuditKeys.Project(document.FiscalYear, Documents.ProjectKey.Of(p.Code, p.Name)))]);
    }

    /// <summary>Every entry matching <paramref name="filter"/>, oldest first (the CSV export).</summary>
    public static async Task<List<AuditLogEntry>> AllAsync(JixiaoDbContext db, AuditFilter filter, CancellationToken ct = default) =>
        [.. (await Where(db, filter).OrderBy(a => a.Sequence).ToListAsync(ct).ConfigureAwait(false)).Select(AuditLog.ToDomain)];

    /// <summary>
    /// One page of <paramref name="size"/> entries, newest first, by keyset on the unique <see cref="AuditEntry.Sequence"/>:
    /// with <paramref name="before"/> the entries older than it (下一页), with <paramref name="after"/> those newer than it
    /// (上一页), with neither the newest. A page stays the same while new entries are appended, and reading page N costs
    /// the same as page 1.
    /// </summary>
    public static async Task<AuditPage> PageAsync(JixiaoDbContext db, AuditFilter filter, long? before, long? after, int size, CancellationToken ct = default)
    {
        var query = Where(db, filter);
        List<AuditEntry> rows;
        if (after is { } newer && before is null)
        {
            rows = await query.Where(a => a.Sequence > newer).OrderBy(a => a.Sequence).Take(size).ToListAsync(ct).ConfigureAwait(false);
            rows.Reverse();
        }
        else
        {
            var older = before ?? long.MaxValue;
            rows = await query.Where(a => a.Sequence < older).OrderByDescending(a => a.Sequence).Take(size).ToListAsync(ct).ConfigureAwait(false);
        }

        if (rows.Count == 0)
        {
            // Past either end: say whether there is anything on the other side to go back to.
            return new AuditPage([], after is not null && await query.AnyAsync(a => a.Sequence <= after, ct).ConfigureAwait(false),
                before is not null && await query.AnyAsync(a => a.Sequence >= before, ct).ConfigureAwait(false));
        }

        var (newest, oldest) = (rows[0].Sequence, rows[^1].Sequence);
        var hasNewer = await query.AnyAsync(a => a.Sequence > newest, ct).ConfigureAwait(false);
        var hasOlder = await query.AnyAsync(a => a.Sequence < oldest, ct).ConfigureAwait(false);
        return new AuditPage([.. rows.Select(AuditLog.ToDomain)], hasNewer, hasOlder);
    }

    /// <summary>The record types and actions present within <paramref name="scope"/> (a view's own limits, e.g. one
    /// document), for the filter's choices: one pass over the view's entries, and no choice that cannot match there.</summary>
    public static async Task<(List<string> Types, List<string> Actions)> ChoicesAsync(JixiaoDbContext db, AuditFilter scope, CancellationToken ct = default)
    {
        var pairs = await Where(db, scope).Select(a => new { a.EntityType, a.Action }).Distinct().ToListAsync(ct).ConfigureAwait(false);
        return ([.. pairs.Select(p => p.EntityType).Distinct().Order(StringComparer.Ordinal)], [.. pairs.Select(p => p.Action).Distinct().Order(StringComparer.Ordinal)]);
    }

    private static IQueryable<AuditEntry> Where(JixiaoDbContext db, AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (filter.DocumentKeys is { } keys)
        {
            var documentKey = keys.DocumentKey;
            var projectKeys = keys.ProjectKeys.ToList();
            var projectTypes = AuditDiff.ProjectEntities.ToList();
            query = query.Where(a => a.EntityKey == documentKey || (projectTypes.Contains(a.EntityType) && projectKeys.Contains(a.EntityKey)));
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(a => a.EntityType == filter.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim();
            query = query.Where(a => a.User == user);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(a => a.Action == filter.Action);
        }

        if (!string.IsNullOrWhiteSpace(filter.Field))
        {
            var field = filter.Field.Trim();
            query = query.Where(a => a.Field.Contains(field));
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityKey))
        {
            var key = filter.EntityKey.Trim();
            query = query.Where(a => a.EntityKey.Contains(key));
        }

        if (filter.FromUtc is { } from)
        {
            query = query.Where(a => a.At >= from);
        }

        if (filter.ToUtc is { } to)
        {
            query = query.Where(a => a.At < to);
        }

        return query;
    }
}
