namespace Jixiao.Domain.Workflow.Audit;

/// <summary>
/// A known-good head of the log (sequence and hash) kept outside the log table — in an export, a signed report
/// or a second store. A chain alone cannot show that its last entries were cut off, or that someone with write
/// access rewrote an entry and recomputed every hash after it; comparing with an anchor can.
/// </summary>
public sealed record AuditAnchor(long Sequence, string Hash)
{
    public static AuditAnchor Of(AuditLogEntry entry) => new(entry.Sequence, entry.Hash);
}
