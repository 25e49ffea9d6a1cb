using Jixiao.Data;
using Jixiao.Data.Audit;
using Jixiao.Domain.Workflow.Audit;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Users;

/// <summary>
/// Audit entries of user administration (entity 用户, keyed by the user name like the logins): the account's name,
/// role, units (the whole list, old → new) and region as labelled values, and the actions without a value — password reset and
/// change (never the password itself), lock and unlock. Written in the transaction of the change.
/// </summary>
public static class UserAudit
{
    public const string PasswordField = "密码";
    public const string StatusField = "账号状态";
    public const string Active = "正常";
    public const string LockedOut = "已锁定";

    /// <summary>The label of the units field (单位: every assigned unit as 代码 名称, in code order, joined by 、).</summary>
    public const string UnitsField = "单位";

    /// <summary>The fields an administrator edits, as stored now (read after a save: the new values).</summary>
    public static async Task<List<KeyValuePair<string, string>>> SnapshotAsync(JixiaoDbContext db, JixiaoUser user, string role, CancellationToken ct)
    {
        var units = await db.UserUnits.AsNoTracking().Where(x => x.UserId == user.Id).OrderBy(x => x.Unit!.Code)
            .Select(x => x.Unit!.Code + " " + x.Unit.Name).ToListAsync(ct).ConfigureAwait(false);
        return
        [
            new("姓名", user.DisplayName),
            new("角色", role),
            new(UnitsField, string.Join("、", units)),
            new("区划", user.RegionCode ?? string.Empty),
        ];
    }

    /// <summary>Seals <paramref name="drafts"/> and saves; the caller commits its transaction.</summary>
    public static async Task SaveAsync(JixiaoDbContext db, IReadOnlyList<AuditLogEntry> drafts, CancellationToken ct)
    {
        await AuditLog.AppendAsync(db, drafts, ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    public static IReadOnlyList<AuditLogEntry> Changes(AuditSource source, string action, string userName,
        IReadOnlyList<KeyValuePair<string, string>> before, IReadOnlyList<KeyValuePair<string, string>> after) =>
        AuditDiff.ForValues(source, action, AuditDiff.UserEntity, userName, before, after);

    public static AuditLogEntry Entry(AuditSource source, string action, string userName, string field, string oldValue, string newValue) =>
        AuditDiff.Draft(source, action, AuditDiff.UserEntity, userName, field, oldValue, newValue);
}
