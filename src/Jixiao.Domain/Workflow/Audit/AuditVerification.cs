namespace Jixiao.Domain.Workflow.Audit;

/// <summary>The result of checking the audit log: intact, or the first problem found.</summary>
/// <summary><paramref name="Note"/>: what the check could not cover (a checkpoint started after the first entry).</summary>
public sealed record AuditVerification(int EntriesChecked, AuditProblem? Problem, string? Note = null)
{
    public bool IsIntact => Problem is null;

    public string Message => Problem?.Message ?? $"审计日志完整：共 {EntriesChecked} 条记录，校验链全部吻合。";
}
