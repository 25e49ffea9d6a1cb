using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow.Audit;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Audit;

/// <summary>
/// Reading and rewriting the signed checkpoint row. An append never silently re-signs a checkpoint that does not
/// match the log (missing, forged, or behind/ahead of the last entry): it first writes an entry into the chain that
/// says so, so the evidence of a cut stays in the tamper-evident log after the checkpoint moves on.
/// </summary>
public static class AuditCheckpoints
{
    public const string RebuildAction = "重建检查点";

    public const string RebuildEntity = "审计日志";

    public static async Task<(AuditCheckpointStatus Status, AuditCheckpoint? Checkpoint)> ReadAsync(JixiaoDbContext db, AuditCheckpointSigner signer, CancellationToken ct = default)
    {
        var row = await db.AuditCheckpoints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == AuditCheckpointRow.SingleId, ct).ConfigureAwait(false);
        if (row is null)
        {
            return (AuditCheckpointStatus.Missing, null);
        }

        var checkpoint = ToDomain(row);
        return signer.IsValid(checkpoint, row.Signature) ? (AuditCheckpointStatus.Valid, checkpoint) : (AuditCheckpointStatus.Forged, checkpoint);
    }

    /// <summary>The entry to write before the next ones when the stored checkpoint does not describe the log as it is
    /// (null when it does, or on an empty log with no checkpoint: a new database).</summary>
    public static AuditLogEntry? Mismatch(AuditCheckpointSigner signer, AuditCheckpointRow? row, AuditLogEntry? last, DateTimeOffset at)
    {
        var lastSequence = last?.Sequence ?? 0;
        string? problem;
        if (row is null)
        {
            problem = last is null ? null : $"签名检查点缺失（日志已有 {lastSequence} 条记录）";
        }
        else
        {
            var checkpoint = ToDomain(row);
            problem = !signer.IsValid(checkpoint, row.Signature) ? "签名检查点的签名无效"
                : checkpoint.Sequence != lastSequence ? $"签名检查点记录到第 {checkpoint.Sequence} 条，日志实际到第 {lastSequence} 条"
                : !string.Equals(checkpoint.Hash, last?.Hash ?? string.Empty, StringComparison.Ordinal) ? $"第 {lastSequence} 条记录的校验值与签名检查点不符"
                : null;
        }

        return problem is null ? null : AuditDiff.Draft(new AuditSource("系统", string.Empty, string.Empty, at), RebuildAction, RebuildEntity,
            "签名检查点", "检查点", string.Empty, problem + "，检查点自本条起重新建立");
    }

    /// <summary>Points the checkpoint at <paramref name="head"/> and signs it; saved with the caller's changes.
    /// <paramref name="restartedAfter"/>: the last entry before a rebuild (the checkpoint then starts anew).</summary>
    public static void Seal(JixiaoDbContext db, AuditCheckpointSigner signer, AuditCheckpointRow? row, AuditLogEntry? restartedAfter, AuditLogEntry head)
    {
        var since = row is null || restartedAfter is not null ? (restartedAfter?.Sequence ?? 0) + 1 : row.SealedSince;
        var checkpoint = new AuditCheckpoint(head.Sequence, head.Hash, since);
        if (row is null)
        {
            row = new AuditCheckpointRow { Id = AuditCheckpointRow.SingleId };
            db.AuditCheckpoints.Add(row);
        }

        row.Sequence = checkpoint.Sequence;
        row.Hash = checkpoint.Hash;
        row.SealedSince = checkpoint.SealedSince;
        row.Signature = signer.Sign(checkpoint);
    }

    private static AuditCheckpoint ToDomain(AuditCheckpointRow row) => new(row.Sequence, row.Hash, row.SealedSince);
}
