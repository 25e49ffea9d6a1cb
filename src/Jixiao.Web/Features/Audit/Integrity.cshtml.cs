using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Audit;
using Jixiao.Domain.Workflow.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Audit;

/// <summary>完整性校验 (管理员): recomputes the whole hash chain in storage order and reports the first altered,
/// deleted, reordered or duplicated entry and, against the signed checkpoint, a cut-off end; the last entry's sequence and hash are shown as the anchor to keep.</summary>
public sealed class IntegrityModel(JixiaoDbContext db) : PageModel
{
    public AuditVerification Result { get; private set; } = null!;

    public AuditLogEntry? Last { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await AuditLog.VerifyAsync(db, ct: ct);
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence).FirstOrDefaultAsync(ct);
        Last = last is null ? null : AuditLog.ToDomain(last);
    }

    /// <summary>The problem kind as the page names it (the enum name is English).</summary>
    public static string KindText(AuditProblemKind kind) => kind switch
    {
        AuditProblemKind.Altered => "记录被改动",
        AuditProblemKind.Deleted => "记录被删除",
        AuditProblemKind.Reordered => "记录顺序被打乱",
        AuditProblemKind.Duplicated => "记录重复或被插入",
        AuditProblemKind.Truncated => "日志末尾被截断",
        AuditProblemKind.CheckpointInvalid => "签名检查点缺失或无效",
        _ => kind.ToString(),
    };
}
