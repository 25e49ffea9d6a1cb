using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>Audit entries written after a point, as "user|role|action|entity|key|field|old|new" lines, so a test can
/// assert exactly what a step recorded.</summary>
internal static class AuditRows
{
    public static Task<long> LastSequenceAsync(JixiaoAppFactory factory) =>
        factory.QueryAsync(async db => await db.AuditEntries.MaxAsync(a => (long?)a.Sequence) ?? 0);

    public static Task<List<string>> AfterAsync(JixiaoAppFactory factory, long sequence, string? entityType = null) =>
        factory.QueryAsync(db => LinesAsync(db, sequence, entityType));

    public static string Line(string user, string role, string action, string entity, string key, string field, string oldValue, string newValue) =>
        $"{user}|{role}|{action}|{entity}|{key}|{field}|{oldValue}|{newValue}";

    private static async Task<List<string>> LinesAsync(JixiaoDbContext db, long sequence, string? entityType) =>
        [.. (await db.AuditEntries.AsNoTracking().Where(a => a.Sequence > sequence && (entityType == null || a.EntityType == entityType))
            .OrderBy(a => a.Sequence).ToListAsync())
            .Select(a => Line(a.User, a.Role, a.Action, a.EntityType, a.EntityKey, a.Field, a.OldValue, a.NewValue))];
}
