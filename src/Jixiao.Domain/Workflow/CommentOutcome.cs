namespace Jixiao.Domain.Workflow;

/// <summary>The comment after adding, replying, resolving or reopening — or why that was refused.</summary>
public sealed record CommentOutcome(ReviewComment? Comment, WorkflowRefusal? Refusal)
{
    public bool IsAllowed => Comment is not null;
}
