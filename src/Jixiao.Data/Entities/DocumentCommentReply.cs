namespace Jixiao.Data.Entities;

/// <summary>An answer to a <see cref="DocumentComment"/> (the unit's explanation or the reviewer's follow-up).</summary>
public class DocumentCommentReply
{
    public int Id { get; set; }

    public int CommentId { get; set; }

    public string Author { get; set; } = string.Empty;

    /// <summary>The domain's WorkflowRole name.</summary>
    public string Role { get; set; } = string.Empty;

    public DateTime At { get; set; }

    public string Text { get; set; } = string.Empty;
}
