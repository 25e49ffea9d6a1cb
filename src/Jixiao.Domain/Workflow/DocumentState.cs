namespace Jixiao.Domain.Workflow;

/// <summary>
/// Where one unit document of one fiscal year stands in the review workflow (docs/workflow.md):
/// 草稿 → 已提交 → (已退回 → 已提交 …) → 已批复 → 已公开, and the amendment path 已批复/已公开 → 调整中 → 已提交.
/// </summary>
public enum DocumentState
{
    /// <summary>草稿: the unit compiles; nobody else sees it.</summary>
    Draft,

    /// <summary>已提交: waiting for review; locked for editing.</summary>
    Submitted,

    /// <summary>已退回: the reviewer sent it back with comments; the unit edits and submits again.</summary>
    Returned,

    /// <summary>已批复: approved together with the budget; changes only through an amendment.</summary>
    Approved,

    /// <summary>已公开: approved and shown on the public site.</summary>
    Published,

    /// <summary>调整中: the draft of an amendment (调整); the approved version stays readable and, if published, public.</summary>
    Amending,
}
