namespace Jixiao.Data.Entities;

/// <summary>
/// The one row holding the signed head of the audit log (<see cref="Domain.Workflow.Audit.AuditCheckpoint"/>):
/// rewritten by <see cref="Audit.AuditLog"/> in the transaction of every append, signed with the data-protection key
/// ring so that deleting the last audit rows (or this row) is seen by the integrity check.
/// </summary>
public class AuditCheckpointRow
{
    /// <summary>Always <see cref="SingleId"/>: one head for the one chain.</summary>
    public int Id { get; set; }

    public const int SingleId = 1;

    public long Sequence { get; set; }

    public string Hash { get; set; } = string.Empty;

    public long SealedSince { get; set; }

    /// <summary>The data-protection payload over the canonical text of the checkpoint.</summary>
    public string Signature { get; set; } = string.Empty;
}
