namespace Jixiao.Domain.Workflow;

/// <summary>The answer to a transition request: the new state and the event, or the refusal with the state
/// unchanged.</summary>
public sealed record TransitionResult
{
    private TransitionResult(DocumentState state, WorkflowEvent? @event, WorkflowRefusal? refusal)
    {
        State = state;
        Event = @event;
        Refusal = refusal;
    }

    public DocumentState State { get; }

    public WorkflowEvent? Event { get; }

    public WorkflowRefusal? Refusal { get; }

    public bool IsAllowed => Event is not null;

    public static TransitionResult Allowed(WorkflowEvent @event) => new(@event.To, @event, null);

    public static TransitionResult Refused(DocumentState unchanged, WorkflowRefusal refusal) => new(unchanged, null, refusal);
}
