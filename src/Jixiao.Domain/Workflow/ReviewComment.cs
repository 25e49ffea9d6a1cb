namespace Jixiao.Domain.Workflow;

/// <summary>A reviewer's comment on a document, project or cell, with the unit's replies and whether the reviewer
/// considers it resolved.</summary>
public sealed record ReviewComment
{
    public required int Id { get; init; }

    public required CommentTarget Target { get; init; }

    public required string Author { get; init; }

    public required WorkflowRole AuthorRole { get; init; }

    public required DateTimeOffset At { get; init; }

    public required string Text { get; init; }

    /// <summary>The thread, oldest first.</summary>
    public IReadOnlyList<CommentReply> Replies { get; init; } = [];

    public bool IsResolved { get; init; }

    public string? ResolvedBy { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }
}
