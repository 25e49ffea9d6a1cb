namespace Jixiao.Domain.Workflow;

/// <summary>An answer in a comment thread, normally the unit's explanation of what it changed.</summary>
public sealed record CommentReply(string Author, WorkflowRole Role, DateTimeOffset At, string Text);
