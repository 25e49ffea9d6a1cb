namespace Jixiao.Domain.Workflow.Audit;

/// <summary>What was found where the signed checkpoint should be.</summary>
public enum AuditCheckpointStatus
{
    /// <summary>A row whose signature matches its content.</summary>
    Valid,

    /// <summary>No checkpoint row.</summary>
    Missing,

    /// <summary>A row whose signature does not match (edited, copied from elsewhere, or signed with another key).</summary>
    Forged,
}
