using Jixiao.Data.Entities;
using Jixiao.Domain;
using Jixiao.Domain.Workflow;

namespace Jixiao.Application.Workflow;

/// <summary>Everything the 流程 panel shows for one document and user: state, the reviewer's decision, what the user
/// may do, the automatic review as first pass, comments and carry-over notes.</summary>
public sealed record DocumentWorkflow(
    DepartmentDocument Document,
    DocumentState State,
    Grade? DecisionGrade,
    IReadOnlyList<WorkflowAction> Actions,
    Grade? SuggestedGrade,
    int BlockingFindings,
    ReviewComments Comments,
    IReadOnlyList<RevisitNote> RevisitNotes,
    bool CanEdit,
    bool CanComment,
    bool CanReply,
    bool CanResolve,
    bool CanCarryOver)
{
    public string StateName => State.ToChinese();

    /// <summary>Who must act next: "待 审核人员 批复或退回".</summary>
    public string WaitingFor => WorkflowGuidance.WaitingFor(State, TransitionTable.Standard);
}
