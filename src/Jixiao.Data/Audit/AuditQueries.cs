using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow.Audit;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Audit;

/// <summary>The per-document view of the one global audit chain: the document's own entries (imports, Part 1,
/// transitions, comments) and those of its projects (by year/code).</summary>
public static class AuditQueries
{
    public static async Task<List<AuditLogEntry>> ForDocumentAsync(JixiaoDbContext db, DepartmentDocument document, CancellationToken ct = default)
    {
        var documentKey = AuditKeys.Document(document);
        var projectKeys = (await db.Projects.AsNoTracking().Where(p => p.DocumentId == document.Id).Select(p => p.Code).ToListAsync(ct).ConfigureAwait(false))
            .Select(code => AuditKeys.Project(document.FiscalYear, code)).ToList();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityKey == documentKey || (a.EntityType == AuditDiff.ProjectEntity && projectKeys.Contains(a.EntityKey)))
            .OrderBy(a => a.Sequence).ToListAsync(ct).ConfigureAwait(false);
        return [.. entries.Select(AuditLog.ToDomain)];
    }
}
