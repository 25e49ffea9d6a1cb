namespace Jixiao.Domain.Workflow.Audit;

public enum AuditProblemKind
{
    /// <summary>The content or a hash of an entry no longer matches the chain.</summary>
    Altered,

    /// <summary>A sequence number is missing, or the log ends before the anchor.</summary>
    Deleted,

    /// <summary>Entries are stored out of sequence order.</summary>
    Reordered,

    /// <summary>A sequence number occurs twice: an entry was inserted or copied.</summary>
    Duplicated,

    /// <summary>The log ends before the last entry the signed checkpoint records: its last rows were deleted.</summary>
    Truncated,

    /// <summary>The signed checkpoint is missing, forged, or does not match the log it should describe.</summary>
    CheckpointInvalid,
}
