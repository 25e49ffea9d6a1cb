using Jixiao.Data;
using Jixiao.Data.Audit;
using Jixiao.Domain.Workflow.Audit;
using Jixiao.Web.Editing;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Auth;

/// <summary>
/// Audit entries of user administration (entity 用户, keyed by the user name like the logins): the account's name,
/// role, unit and region as labelled values (old → new), and the actions without a value — password reset and
/// change (never the password itself), lock and unlock. Written in the transaction of the change.
/// </summary>
public static class UserAudit
{
    public const string PasswordField = "密码";
    public const string StatusField = "账号状态";
    public const string Active = "正常";
    public const string LockedOut = "已锁定";

    /// <summary>The fields an administrator edits, as the user list shows them (unit by code and name).</summary>
    public static async Task<List<KeyValuePair<string, string>>> SnapshotAsync(JixiaoDbContext db, JixiaoUser user, string role, CancellationToken ct)
    {
        var unit = user.UnitId is { } id
            ? await db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => u.Code + " " + u.Name).SingleOrDefaultAsync(ct).ConfigureAwait(false)
            : null;
        return
        [
            new("姓名", user.DisplayName),
            new("角色", role),
            new("单位", unit ?? string.Empty),
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

    public static AuditSource Source(HttpContext http, TimeProvider clock) => AuditActor.Of(http).At(clock.GetUtcNow());
}
