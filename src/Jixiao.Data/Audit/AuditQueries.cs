using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow.Audit;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Audit;

/// <summary>The per-document view of the one global audit chain: the document's own entries (imports, Part 1,
/// transitions, comments) and those of its projects (by year/code): table edits, execution data and payments,
/// monitoring and self-evaluation. <see cref="LatestAsync"/> is the administrator's view of the whole chain.</summary>
public static class AuditQueries
{
    public static async Task<List<AuditLogEntry>> ForDocumentAsync(JixiaoDbContext db, DepartmentDocument document, CancellationToken ct = default)
    {
        var documentKey = AuditKeys.Document(document);
        var projectKeys = (await db.Projects.AsNoTracking().Where(p => p.DocumentId == document.Id).Select(p => p.Code).ToListAsync(ct).ConfigureAwait(false))
            .Select(code => AuditKeys.Project(document.FiscalYear, code)).ToList();
        var projectTypes = AuditDiff.ProjectEntities.ToList();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityKey == documentKey || (projectTypes.Contains(a.EntityType) && projectKeys.Contains(a.EntityKey)))
            .OrderBy(a => a.Sequence).ToListAsync(ct).ConfigureAwait(false);
        return [.. entries.Select(AuditLog.ToDomain)];
    }

    /// <summary>The newest <paramref name="take"/> entries, newest first, optionally of one record type.</summary>
    public static async Task<List<AuditLogEntry>> LatestAsync(JixiaoDbContext db, string? entityType, int take, CancellationToken ct = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(entityType))
        {
            query = query.Where(a => a.EntityType == entityType);
        }

        return [.. (await query.OrderByDescending(a => a.Sequence).Take(take).ToListAsync(ct).ConfigureAwait(false)).Select(AuditLog.ToDomain)];
    }

    /// <summary>The record types present in the log, for the filter of the administrator's view.</summary>
    public static async Task<List<string>> EntityTypesAsync(JixiaoDbContext db, CancellationToken ct = default) =>
        await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct).ConfigureAwait(false);
}
