namespace Jixiao.Domain.Workflow.Audit;

/// <summary>
/// The integrity check with the signed checkpoint: the chain first (<see cref="AuditChainVerifier"/>), then the end
/// of the log against the signed head. Because the checkpoint is rewritten in the transaction of every append, an
/// intact log ends exactly at it; a log that ends earlier was cut off, one that goes on past it was written around
/// the application, and a checkpoint that is missing or whose signature fails was removed or forged.
/// </summary>
public static class AuditCheckpointVerifier
{
    public static AuditVerification Verify(IReadOnlyList<AuditLogEntry> entries, AuditCheckpointStatus status, AuditCheckpoint? checkpoint)
    {
        var chain = AuditChainVerifier.Verify(entries);
        if (!chain.IsIntact)
        {
            return chain;
        }

        var problem = status switch
        {
            AuditCheckpointStatus.Missing => entries.Count == 0 ? null : Invalid(entries,
                $"签名检查点缺失：日志有 {entries.Count} 条记录，却没有签名检查点，检查点可能被删除，无法确认日志末尾是否完整。"),
            AuditCheckpointStatus.Forged => Invalid(entries,
                "签名检查点的签名无效：检查点被改动或伪造，无法确认日志末尾是否完整。"),
            _ => CheckHead(entries, checkpoint!),
        };
        var note = status == AuditCheckpointStatus.Valid && problem is null && checkpoint!.SealedSince > 1
            ? $"签名检查点自第 {checkpoint.SealedSince} 条记录起建立（升级前的数据库或检查点曾被重建）；此前日志末尾的删除无法由检查点发现。"
            : null;
        return new AuditVerification(entries.Count, problem, note);
    }

    private static AuditProblem? CheckHead(IReadOnlyList<AuditLogEntry> entries, AuditCheckpoint checkpoint)
    {
        var last = entries.Count == 0 ? 0 : entries[^1].Sequence;
        if (last < checkpoint.Sequence)
        {
            return new(AuditProblemKind.Truncated, last + 1, entries.Count + 1,
                $"审计日志在第 {last} 条之后被截断：签名检查点记录的最后一条是第 {checkpoint.Sequence} 条。");
        }

        if (last > checkpoint.Sequence)
        {
            return new(AuditProblemKind.CheckpointInvalid, checkpoint.Sequence + 1, (int)checkpoint.Sequence + 1,
                $"第 {checkpoint.Sequence + 1} 至 {last} 条记录不在签名检查点之内：它们不是由本系统写入的，或检查点被换成了旧的。");
        }

        var head = entries[^1];
        return string.Equals(head.Hash, checkpoint.Hash, StringComparison.Ordinal)
            ? null
            : new(AuditProblemKind.Altered, head.Sequence, entries.Count,
                $"第 {head.Sequence} 条记录的校验值与签名检查点不符：日志被改动后重新计算了校验值。");
    }

    private static AuditProblem Invalid(IReadOnlyList<AuditLogEntry> entries, string message) =>
        new(AuditProblemKind.CheckpointInvalid, entries.Count == 0 ? 0 : entries[^1].Sequence, entries.Count, message);
}
