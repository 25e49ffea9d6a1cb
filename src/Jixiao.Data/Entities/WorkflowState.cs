namespace Jixiao.Data.Entities;

/// <summary>Where a department document stands in the review workflow; each transition is also an
/// <see cref="AuditEntry"/>.</summary>
public class WorkflowState
{
    public int DocumentId { get; set; }

    public WorkflowStatus Status { get; set; }

    /// <summary>The reviewer's remark with the last transition (退回原因, 批复意见).</summary>
    public string Comment { get; set; } = string.Empty;

    /// <summary>The reviewer's 88号 grade with the last 退回 or 批复 (优/良/中/差 as the Grade enum name); null
    /// before any decision.</summary>
    public string? Grade { get; set; }

    /// <summary>When the document was last published; null when it is not public.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>The document exactly as published (jixiao.document/1 JSON), what /gongkai shows: it stays public while
    /// an amendment is drafted and reviewed, and is replaced when the amended version is published; null when not
    /// public (never published, or withdrawn).</summary>
    public string? PublishedDocument { get; set; }

    public string ChangedBy { get; set; } = string.Empty;

    public DateTime ChangedAt { get; set; }

    /// <summary>Optimistic concurrency: two reviewers acting at once must not both win.</summary>
    public int Revision { get; set; }
}
