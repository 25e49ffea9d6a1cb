namespace Jixiao.Data.Entities;

/// <summary>
/// One line of the append-only audit trail (docs/workflow.md §6): who (user, role, IP) did what to which record,
/// when, with the changed field's old and new value, chained by SHA-256 to the entry before. Written only through
/// <see cref="Audit.AuditLog"/>; never updated or deleted by the application.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    /// <summary>1, 2, 3 … over the whole log; unique, so two concurrent appends cannot fork the chain.</summary>
    public long Sequence { get; set; }

    public DateTime At { get; set; }

    public string User { get; set; } = string.Empty;

    /// <summary>单位填报, 审核, 管理员; empty for logins and system work.</summary>
    public string Role { get; set; } = string.Empty;

    public string IpAddress { get; set; } = string.Empty;

    /// <summary>"导入", "修改", "提交", "退回", "批复", "公开", "登录" …</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>"部门预算绩效文本", "预算项目", "用户", "审核意见" …</summary>
    public string EntityType { get; set; } = string.Empty;

    /// <summary>The record: a document's region/year/department, a project's year/code, a user name.</summary>
    public string EntityKey { get; set; } = string.Empty;

    public string Field { get; set; } = string.Empty;

    public string OldValue { get; set; } = string.Empty;

    public string NewValue { get; set; } = string.Empty;

    public string PreviousHash { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;
}
