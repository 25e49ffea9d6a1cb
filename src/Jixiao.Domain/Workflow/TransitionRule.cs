namespace Jixiao.Domain.Workflow;

/// <summary>One row of the transition table: <see cref="Action"/> moves a document from <see cref="From"/> to
/// <see cref="To"/> when done by one of <see cref="Roles"/>.</summary>
public sealed record TransitionRule(
    WorkflowAction Action,
    DocumentState From,
    DocumentState To,
    IReadOnlySet<WorkflowRole> Roles,
    bool CommentRequired = false,
    bool GradeRequired = false);
