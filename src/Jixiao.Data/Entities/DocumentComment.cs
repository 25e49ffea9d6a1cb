namespace Jixiao.Data.Entities;

/// <summary>A reviewer's comment (审核意见) on a document, one project or one cell (docs/workflow.md §5). Internal:
/// never shown on the public site.</summary>
public class DocumentComment
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    /// <summary>Null: the comment is on the whole document.</summary>
    public string? ProjectCode { get; set; }

    /// <summary>1-based indicator row for a cell of the indicator table.</summary>
    public int? IndicatorRow { get; set; }

    /// <summary>The cell's field (预算数, 指标值 …); null for a comment on the whole project.</summary>
    public string? Field { get; set; }

    public string Author { get; set; } = string.Empty;

    /// <summary>The domain's WorkflowRole name.</summary>
    public string AuthorRole { get; set; } = string.Empty;

    public DateTime At { get; set; }

    public string Text { get; set; } = string.Empty;

    public bool IsResolved { get; set; }

    public string? ResolvedBy { get; set; }

    public DateTime? ResolvedAt { get; set; }

    public List<DocumentCommentReply> Replies { get; set; } = [];
}
