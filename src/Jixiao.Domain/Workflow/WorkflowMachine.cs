namespace Jixiao.Domain.Workflow;

/// <summary>
/// Decides transitions and edits of unit documents by the <see cref="TransitionTable"/>. It never changes
/// anything itself: it answers with the new state and the event to record, or with a refusal naming what is not
/// allowed and what the user can do instead. Time comes from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class WorkflowMachine(TimeProvider time, TransitionTable table)
{
    public WorkflowMachine(TimeProvider time)
        : this(time, TransitionTable.Standard)
    {
    }

    public TransitionTable Table { get; } = table;

    /// <summary>Whether the role may edit the content of a document in this state (scope not considered).</summary>
    public static bool CanEdit(DocumentState state, WorkflowRole role) => TransitionTable.Standard.CanEdit(state, role);

    /// <summary>Whether this person may edit this document now; the refusal says why not.</summary>
    /// <summary>The state part of <see cref="CheckEdit"/> for writes that have no signed-in unit editor (imports by an
    /// administrator, the CLI): content may change only in 草稿, 已退回 and 调整中.</summary>
    public static WorkflowRefusal? CheckEditableState(DocumentState state) =>
        CanEdit(state, WorkflowRole.UnitEditor) ? null : WorkflowMessages.EditLocked(state, WorkflowRole.UnitEditor);

    public WorkflowRefusal? CheckEdit(WorkflowDocument document, WorkflowActor actor)
    {
        if (!Table.CanEdit(document.State, actor.Role))
        {
            return WorkflowMessages.EditLocked(document.State, actor.Role);
        }

        return actor.Covers(document) ? null : WorkflowMessages.OutOfScope(actor, document);
    }

    /// <summary>Whether the action is permitted for this person on this document in its state (role, scope and
    /// state only; the comment and grade are checked by <see cref="Transition"/>).</summary>
    public bool CanTransition(WorkflowDocument document, WorkflowActor actor, WorkflowAction action) =>
        CheckPermission(document, actor, action).Refusal is null;

    /// <summary>The actions this person can take on the document now, for the buttons of a page.</summary>
    public IReadOnlyList<WorkflowAction> AvailableActions(WorkflowDocument document, WorkflowActor actor) =>
        !actor.Covers(document)
            ? []
            : [.. Table.Rules.Where(r => r.From == document.State && r.Roles.Contains(actor.Role)).Select(r => r.Action).Distinct()];

    public TransitionResult Transition(WorkflowDocument document, WorkflowActor actor, TransitionRequest request)
    {
        var (rule, refusal) = CheckPermission(document, actor, request.Action);
        refusal ??= CheckRequest(rule!, request);
        if (refusal is not null)
        {
            return TransitionResult.Refused(document.State, refusal);
        }

        return TransitionResult.Allowed(new WorkflowEvent(
            request.Action,
            document.State,
            rule!.To,
            actor.UserName,
            actor.Role,
            time.GetUtcNow(),
            request.Comment.Trim(),
            request.Grade));
    }

    private (TransitionRule? Rule, WorkflowRefusal? Refusal) CheckPermission(WorkflowDocument document, WorkflowActor actor, WorkflowAction action)
    {
        if (!Table.RoleEverAllowed(action, actor.Role))
        {
            return (null, WorkflowMessages.RoleNotAllowed(action, actor.Role, Table.RolesFor(action)));
        }

        if (!actor.Covers(document))
        {
            return (null, WorkflowMessages.OutOfScope(actor, document));
        }

        var rule = Table.Find(action, document.State);
        if (rule is null)
        {
            return (null, WorkflowMessages.NotAllowedInState(action, document.State, AvailableActions(document, actor)));
        }

        return rule.Roles.Contains(actor.Role)
            ? (rule, null)
            : (null, WorkflowMessages.RoleNotAllowed(action, actor.Role, rule.Roles.Order()));
    }

    private static WorkflowRefusal? CheckRequest(TransitionRule rule, TransitionRequest request)
    {
        if (rule.CommentRequired && string.IsNullOrWhiteSpace(request.Comment))
        {
            return WorkflowMessages.CommentRequired(rule.Action);
        }

        if (request.Comment.Trim().Length > Text.FieldLimits.Comment)
        {
            return CommentMessages.TooLong("意见", request.Comment.Trim().Length);
        }

        if (rule.Action != WorkflowAction.Approve)
        {
            return null;
        }

        if (request.Grade is not { } grade)
        {
            return rule.GradeRequired ? WorkflowMessages.GradeRequired() : null;
        }

        if (!grade.AllowsApproval())
        {
            return WorkflowMessages.GradeForbidsApproval(grade);
        }

        if (request.BlockingFindings > 0)
        {
            return WorkflowMessages.BlockingFindings(request.BlockingFindings);
        }

        return request.OpenComments > 0 ? WorkflowMessages.OpenComments(request.OpenComments) : null;
    }
}
