namespace Jixiao.Data.Entities;

/// <summary>One line of the audit trail: who did what to which record, when, with the details (for an import:
/// the changed fields).</summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public string User { get; set; } = string.Empty;

    /// <summary>"导入", "提交", "退回", "批复", "公开" …</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>"DepartmentDocument", "Project" …</summary>
    public string EntityType { get; set; } = string.Empty;

    public string EntityKey { get; set; } = string.Empty;

    public string Details { get; set; } = string.Empty;
}
