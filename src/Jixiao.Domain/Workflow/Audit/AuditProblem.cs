namespace Jixiao.Domain.Workflow.Audit;

/// <summary>The first place where the log stops being trustworthy: kind, the sequence number concerned, the
/// 1-based position in the order the entries were read, and a Chinese message.</summary>
public sealed record AuditProblem(AuditProblemKind Kind, long Sequence, int Position, string Message);
