using System.Globalization;
using Jixiao.Data;
using Jixiao.Domain.Workflow.Audit;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Audit;

/// <summary>
/// What the 对象 column of the audit list shows: the name a reader knows (the department and year of a document, the
/// project's name, a user's name, a region's name) instead of the key the entry is stored under. The keys stay in
/// the log and the CSV (they are what the chain's checksums cover); a key whose record is gone shows as it is.
/// </summary>
public static class AuditObjectNames
{
    /// <summary>The names of the objects of <paramref name="entries"/>, by (对象类型, key); keys without a name are absent.</summary>
    public static async Task<IReadOnlyDictionary<(string Type, string Key), string>> OfAsync(
        JixiaoDbContext db, IReadOnlyCollection<AuditLogEntry> entries, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var names = new Dictionary<(string, string), string>();
        var documentTypes = new[] { AuditDiff.DocumentEntity, Workflow.WorkflowMessages.CommentEntity };
        var documentKeys = entries.Where(e => documentTypes.Contains(e.EntityType)).Select(e => e.EntityId).Distinct().ToList();
        if (documentKeys.Count > 0)
        {
            var regions = documentKeys.Select(k => k.Split('/')[0]).Distinct().ToList();
            var documents = await db.Documents.AsNoTracking().Where(d => regions.Contains(d.RegionCode))
                .Select(d => new { d.RegionCode, d.FiscalYear, d.DepartmentCode, d.DepartmentName }).ToListAsync(ct).ConfigureAwait(false);
            var byKey = documents.ToDictionary(d => $"{d.RegionCode}/{d.FiscalYear}/{d.DepartmentCode}", d => $"{d.DepartmentName}{d.FiscalYear}年", StringComparer.Ordinal);
            foreach (var e in entries.Where(e => documentTypes.Contains(e.EntityType)))
            {
                if (byKey.TryGetValue(e.EntityId, out var name))
                {
                    names[(e.EntityType, e.EntityId)] = name;
                }
            }
        }

        var projectEntries = entries.Where(e => AuditDiff.ProjectEntities.Contains(e.EntityType)).ToList();
        var codes = projectEntries.Select(e => ProjectCode(e.EntityId)).Distinct().ToList();
        if (codes.Count > 0)
        {
            var projects = await db.ProjectVersions.AsNoTracking().Where(v => codes.Contains(v.Project!.Code) && v.Number == v.Project.CurrentVersion)
                .Select(v => new { v.Project!.FiscalYear, v.Project.Code, v.Name }).ToListAsync(ct).ConfigureAwait(false);
            foreach (var e in projectEntries)
            {
                var year = ProjectYear(e.EntityId);
                var code = ProjectCode(e.EntityId);
                if (projects.FirstOrDefault(p => p.Code == code && (year is null || p.FiscalYear == year)) is { } project)
                {
                    names[(e.EntityType, e.EntityId)] = project.Name;
                }
            }
        }

        var userKeys = entries.Where(e => e.EntityType == AuditDiff.UserEntity).Select(e => e.EntityId).Distinct().ToList();
        if (userKeys.Count > 0)
        {
            var users = await db.Users.AsNoTracking().Where(u => userKeys.Contains(u.UserName!))
                .Select(u => new { u.UserName, u.DisplayName }).ToListAsync(ct).ConfigureAwait(false);
            foreach (var u in users.Where(u => !string.IsNullOrWhiteSpace(u.DisplayName) && u.DisplayName != u.UserName))
            {
                names[(AuditDiff.UserEntity, u.UserName!)] = $"{u.DisplayName}（{u.UserName}）";
            }
        }

        var regionKeys = entries.Where(e => e.EntityType == AuditDiff.RegionEntity).Select(e => e.EntityId).Distinct().ToList();
        if (regionKeys.Count > 0)
        {
            var regions = await db.Regions.AsNoTracking().Where(r => regionKeys.Contains(r.Code)).Select(r => new { r.Code, r.Name }).ToListAsync(ct).ConfigureAwait(false);
            foreach (var r in regions.Where(r => !string.IsNullOrWhiteSpace(r.Name)))
            {
                names[(AuditDiff.RegionEntity, r.Code)] = $"{r.Name}（{r.Code}）";
            }
        }

        return names;
    }

    /// <summary>Project keys are "year/code" (older entries: the code alone).</summary>
    private static string ProjectCode(string key) => key.Contains('/', StringComparison.Ordinal) ? key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..] : key;

    private static int? ProjectYear(string key) =>
        key.Contains('/', StringComparison.Ordinal) && int.TryParse(key[..key.IndexOf('/', StringComparison.Ordinal)], NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
}
