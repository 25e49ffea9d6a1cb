namespace Jixiao.Domain.Workflow.Audit;

/// <summary>The result of checking the audit log: intact, or the first problem found.</summary>
public sealed record AuditVerification(int EntriesChecked, AuditProblem? Problem)
{
    public bool IsIntact => Problem is null;

    public string Message => Problem?.Message ?? $"审计日志完整：共 {EntriesChecked} 条记录，校验链全部吻合。";
}
