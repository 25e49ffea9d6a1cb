namespace Jixiao.Data.Entities;

/// <summary>提交 → 审核 → 批复 → 公开 (ARCHITECTURE.md).</summary>
public enum WorkflowStatus
{
    /// <summary>编制中.</summary>
    Draft,

    /// <summary>已提交.</summary>
    Submitted,

    /// <summary>已退回.</summary>
    Returned,

    /// <summary>已批复.</summary>
    Approved,

    /// <summary>已公开.</summary>
    Published,
}
