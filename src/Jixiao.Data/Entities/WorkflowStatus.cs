namespace Jixiao.Data.Entities;

/// <summary>提交 → 审核 → 批复 → 公开 (docs/workflow.md §1); mapped by name to the domain's DocumentState.</summary>
public enum WorkflowStatus
{
    /// <summary>草稿.</summary>
    Draft,

    /// <summary>已提交.</summary>
    Submitted,

    /// <summary>已退回.</summary>
    Returned,

    /// <summary>已批复.</summary>
    Approved,

    /// <summary>已公开.</summary>
    Published,

    /// <summary>调整中: an approved document being amended (the approved versions stay readable).</summary>
    Amending,
}
