namespace Jixiao.Domain.Workflow;

/// <summary>A refused request: what is not allowed (<see cref="Message"/>) and what the user can do instead
/// (<see cref="Suggestion"/>), both in Chinese.</summary>
public sealed record WorkflowRefusal(RefusalReason Reason, string Message, string Suggestion)
{
    /// <summary>True for refusals that mean "not permitted" (HTTP 403), as opposed to an incomplete request.</summary>
    public bool IsForbidden => Reason is RefusalReason.RoleNotAllowed or RefusalReason.OutOfScope or RefusalReason.NotAllowedInState;

    public override string ToString() => Suggestion.Length == 0 ? Message : Message + Suggestion;
}
