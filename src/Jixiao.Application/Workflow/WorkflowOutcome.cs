namespace Jixiao.Application.Workflow;

/// <summary>What a workflow request did and the Chinese message.</summary>
public sealed record WorkflowOutcome(OutcomeKind Kind, string Message)
{
    public bool Succeeded => Kind == OutcomeKind.Done;

    public static WorkflowOutcome Ok(string message) => new(OutcomeKind.Done, message);

    public static WorkflowOutcome NotFound { get; } = new(OutcomeKind.NotFound, WorkflowMessages.DocumentNotFound);

    public static WorkflowOutcome Forbidden(string message) => new(OutcomeKind.Forbidden, message);
}
