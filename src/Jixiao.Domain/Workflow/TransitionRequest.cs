namespace Jixiao.Domain.Workflow;

/// <summary>
/// What the user asks for, with what the decision needs: the comment, the 88号 grade (to approve), and the facts
/// that block approval which the caller knows — error findings of the automatic review still open and reviewer
/// comments not yet resolved.
/// </summary>
public sealed record TransitionRequest(WorkflowAction Action)
{
    public string Comment { get; init; } = string.Empty;

    public Grade? Grade { get; init; }

    /// <summary>Findings of severity Error (DOMAIN.md §11: "blocks approval") in the current version.</summary>
    public int BlockingFindings { get; init; }

    /// <summary>Reviewer comments on the document that are not resolved.</summary>
    public int OpenComments { get; init; }
}
