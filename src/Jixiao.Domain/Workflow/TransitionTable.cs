namespace Jixiao.Domain.Workflow;

/// <summary>
/// Who may do which transition from which state, as data (docs/workflow.md has the same table for readers).
/// The web layer renders buttons from it and the storage layer checks it again before saving.
/// </summary>
public sealed class TransitionTable
{
    private static readonly HashSet<WorkflowRole> Unit = [WorkflowRole.UnitEditor];
    private static readonly HashSet<WorkflowRole> Reviewer = [WorkflowRole.Reviewer];
    private static readonly HashSet<WorkflowRole> ReviewerOrAdministrator = [WorkflowRole.Reviewer, WorkflowRole.Administrator];
    private static readonly HashSet<WorkflowRole> Administrator = [WorkflowRole.Administrator];

    public TransitionTable(IEnumerable<TransitionRule> rules, IReadOnlyDictionary<DocumentState, IReadOnlySet<WorkflowRole>> editors)
    {
        Rules = [.. rules];
        Editors = editors;
    }

    public IReadOnlyList<TransitionRule> Rules { get; }

    /// <summary>Who may change the content of a document in each state; a state not listed is locked for all.</summary>
    public IReadOnlyDictionary<DocumentState, IReadOnlySet<WorkflowRole>> Editors { get; }

    /// <summary>
    /// The standard workflow. Separation of duties: the unit compiles and submits, the reviewer returns, approves
    /// and publishes; the administrator may publish and withdraw a publication made by mistake but never decides
    /// on content. A grade is required to approve; a comment to return, to withdraw a publication and to open an
    /// amendment (88号 第二十八条: goals are changed only when unavoidable, so the reason is recorded).
    /// </summary>
    public static TransitionTable Standard { get; } = new(
        [
            new(WorkflowAction.Submit, DocumentState.Draft, DocumentState.Submitted, Unit),
            new(WorkflowAction.Submit, DocumentState.Returned, DocumentState.Submitted, Unit),
            new(WorkflowAction.Submit, DocumentState.Amending, DocumentState.Submitted, Unit),
            new(WorkflowAction.Return, DocumentState.Submitted, DocumentState.Returned, Reviewer, CommentRequired: true),
            new(WorkflowAction.Approve, DocumentState.Submitted, DocumentState.Approved, Reviewer, GradeRequired: true),
            new(WorkflowAction.Publish, DocumentState.Approved, DocumentState.Published, ReviewerOrAdministrator),
            new(WorkflowAction.Unpublish, DocumentState.Published, DocumentState.Approved, Administrator, CommentRequired: true),
            new(WorkflowAction.StartAmendment, DocumentState.Approved, DocumentState.Amending, Unit, CommentRequired: true),
            new(WorkflowAction.StartAmendment, DocumentState.Published, DocumentState.Amending, Unit, CommentRequired: true),
        ],
        new Dictionary<DocumentState, IReadOnlySet<WorkflowRole>>
        {
            [DocumentState.Draft] = Unit,
            [DocumentState.Returned] = Unit,
            [DocumentState.Amending] = Unit,
        });

    public TransitionRule? Find(WorkflowAction action, DocumentState from) =>
        Rules.FirstOrDefault(r => r.Action == action && r.From == from);

    /// <summary>True when <paramref name="role"/> appears in any rule of <paramref name="action"/>.</summary>
    public bool RoleEverAllowed(WorkflowAction action, WorkflowRole role) =>
        Rules.Any(r => r.Action == action && r.Roles.Contains(role));

    public IEnumerable<WorkflowRole> RolesFor(WorkflowAction action) =>
        Rules.Where(r => r.Action == action).SelectMany(r => r.Roles).Distinct().Order();

    public bool CanEdit(DocumentState state, WorkflowRole role) =>
        Editors.TryGetValue(state, out var roles) && roles.Contains(role);
}
