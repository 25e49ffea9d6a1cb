namespace Jixiao.Domain.Workflow.Audit;

/// <summary>
/// One line of the append-only audit trail: who did what to which record, when, from where, with the old and new
/// value of the field. <see cref="Sequence"/>, <see cref="PreviousHash"/> and <see cref="Hash"/> are set by
/// <see cref="AuditChain.Append"/>; a draft leaves them empty. Values that do not apply are empty strings.
/// </summary>
public sealed record AuditLogEntry
{
    /// <summary>1, 2, 3 … over the whole log, without gaps.</summary>
    public long Sequence { get; init; }

    /// <summary>UTC, microsecond precision (what PostgreSQL and SQLite both keep), so the hash survives storage.</summary>
    public DateTimeOffset At { get; init; }

    public string User { get; init; } = string.Empty;

    /// <summary>The role acted in ("单位填报", "审核", "管理员"), empty for system actions.</summary>
    public string Role { get; init; } = string.Empty;

    /// <summary>The client address as the web layer saw it (after trusted proxies).</summary>
    public string IpAddress { get; init; } = string.Empty;

    /// <summary>"登录", "导入", "修改", "提交", "退回", "批复", "公开" …</summary>
    public string Action { get; init; } = string.Empty;

    /// <summary>"部门预算绩效文本", "预算项目", "审核意见", "用户" …</summary>
    public string EntityType { get; init; } = string.Empty;

    public string EntityId { get; init; } = string.Empty;

    /// <summary>The field changed ("指标[2].指标值", "状态"), empty for an action on the whole record.</summary>
    public string Field { get; init; } = string.Empty;

    public string OldValue { get; init; } = string.Empty;

    public string NewValue { get; init; } = string.Empty;

    /// <summary>The <see cref="Hash"/> of the entry before (64 zeros for the first entry).</summary>
    public string PreviousHash { get; init; } = string.Empty;

    /// <summary>Lower-case hex SHA-256 of <see cref="AuditChain.Canonical"/>.</summary>
    public string Hash { get; init; } = string.Empty;

    /// <summary>"#12 2026-11-26 12:03:05 张三 修改 预算项目 13068222P00675410002L 指标[2].指标值".</summary>
    public string Describe() =>
        $"#{Sequence} {At.UtcDateTime:yyyy-MM-dd HH:mm:ss} {User} {Action} {EntityType} {EntityId} {Field}".TrimEnd();
}
