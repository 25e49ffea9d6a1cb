using Jixiao.Domain;
using Jixiao.Domain.Workflow;

namespace Jixiao.Workflow.Tests;

/// <summary>
/// Every (state, role, action) combination: the allowed ones are listed here independently of the production
/// table (as in docs/workflow.md), everything else must be refused with a Chinese reason and the state unchanged.
/// </summary>
public class TransitionMatrixTests
{
    // state, role, action → target state. Written out by hand from docs/workflow.md.
    private static readonly Dictionary<(DocumentState, WorkflowRole, WorkflowAction), DocumentState> Allowed = new()
    {
        [(DocumentState.Draft, WorkflowRole.UnitEditor, WorkflowAction.Submit)] = DocumentState.Submitted,
        [(DocumentState.Returned, WorkflowRole.UnitEditor, WorkflowAction.Submit)] = DocumentState.Submitted,
        [(DocumentState.Amending, WorkflowRole.UnitEditor, WorkflowAction.Submit)] = DocumentState.Submitted,
        [(DocumentState.Submitted, WorkflowRole.Reviewer, WorkflowAction.Return)] = DocumentState.Returned,
        [(DocumentState.Submitted, WorkflowRole.Reviewer, WorkflowAction.Approve)] = DocumentState.Approved,
        [(DocumentState.Approved, WorkflowRole.Reviewer, WorkflowAction.Publish)] = DocumentState.Published,
        [(DocumentState.Approved, WorkflowRole.Administrator, WorkflowAction.Publish)] = DocumentState.Published,
        [(DocumentState.Published, WorkflowRole.Administrator, WorkflowAction.Unpublish)] = DocumentState.Approved,
        [(DocumentState.Approved, WorkflowRole.UnitEditor, WorkflowAction.StartAmendment)] = DocumentState.Amending,
        [(DocumentState.Published, WorkflowRole.UnitEditor, WorkflowAction.StartAmendment)] = DocumentState.Amending,
    };

    public static TheoryData<DocumentState, WorkflowRole, WorkflowAction> AllowedCases() =>
        Data(Allowed.ContainsKey);

    public static TheoryData<DocumentState, WorkflowRole, WorkflowAction> ForbiddenCases() =>
        Data(key => !Allowed.ContainsKey(key));

    private static TheoryData<DocumentState, WorkflowRole, WorkflowAction> Data(Func<(DocumentState, WorkflowRole, WorkflowAction), bool> include)
    {
        var data = new TheoryData<DocumentState, WorkflowRole, WorkflowAction>();
        foreach (var state in Enum.GetValues<DocumentState>())
        {
            foreach (var role in Enum.GetValues<WorkflowRole>())
            {
                foreach (var action in Enum.GetValues<WorkflowAction>())
                {
                    if (include((state, role, action)))
                    {
                        data.Add(state, role, action);
                    }
                }
            }
        }

        return data;
    }

    /// <summary>A request that satisfies every content rule, so only role and state decide.</summary>
    private static TransitionRequest Complete(WorkflowAction action) =>
        new(action) { Comment = "请按意见修改第3行指标值", Grade = Grade.Good };

    [Fact]
    public void Matrix_CoversEveryCombination()
    {
        Assert.Equal(10, AllowedCases().Count);
        Assert.Equal((6 * 3 * 6) - 10, ForbiddenCases().Count);
    }

    [Theory]
    [MemberData(nameof(AllowedCases))]
    public void Transition_AllowedCombination_MovesToTheTargetStateAndRecordsTheEvent(DocumentState state, WorkflowRole role, WorkflowAction action)
    {
        var clock = ManualClock.StartingAt(9, 30);
        var machine = new WorkflowMachine(clock);
        var actor = People.InRole(role);

        Assert.True(machine.CanTransition(People.Document(state), actor, action));
        var result = machine.Transition(People.Document(state), actor, Complete(action));

        Assert.True(result.IsAllowed, result.Refusal?.ToString());
        Assert.Equal(Allowed[(state, role, action)], result.State);
        var e = result.Event!;
        Assert.Equal((action, state, result.State, actor.UserName, role, clock.GetUtcNow()), (e.Action, e.From, e.To, e.UserName, e.Role, e.At));
        Assert.Equal("请按意见修改第3行指标值", e.Comment);
        Assert.Contains(action, machine.AvailableActions(People.Document(state), actor));
    }

    [Theory]
    [MemberData(nameof(ForbiddenCases))]
    public void Transition_ForbiddenCombination_IsRefusedInChineseAndLeavesTheStateUnchanged(DocumentState state, WorkflowRole role, WorkflowAction action)
    {
        var machine = new WorkflowMachine(ManualClock.StartingAt(9, 30));
        var actor = People.InRole(role);

        Assert.False(machine.CanTransition(People.Document(state), actor, action));
        var result = machine.Transition(People.Document(state), actor, Complete(action));

        Assert.False(result.IsAllowed);
        Assert.Null(result.Event);
        Assert.Equal(state, result.State);
        var refusal = result.Refusal!;
        Assert.True(refusal.IsForbidden, refusal.ToString());
        Assert.Contains(action.ToChinese(), refusal.Message, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", refusal.Suggestion);
        Assert.DoesNotContain(action, machine.AvailableActions(People.Document(state), actor));
    }

    [Fact]
    public void Transition_WrongRole_NamesTheRoleThatMayDoIt()
    {
        var machine = new WorkflowMachine(TimeProvider.System);

        var refusal = machine.Transition(People.Document(DocumentState.Submitted), People.Clerk, Complete(WorkflowAction.Approve)).Refusal!;

        Assert.Equal(RefusalReason.RoleNotAllowed, refusal.Reason);
        Assert.Equal("“批复”只能由“审核”角色操作，您的角色是“单位填报”。", refusal.Message);
        Assert.Equal("请由负责该区划的审核人员操作。", refusal.Suggestion);
    }

    [Fact]
    public void Transition_WrongState_SaysTheStateAndWhatTheUserCanDoInstead()
    {
        var machine = new WorkflowMachine(TimeProvider.System);

        var refusal = machine.Transition(People.Document(DocumentState.Approved), People.Reviewer, Complete(WorkflowAction.Return)).Refusal!;

        Assert.Equal(RefusalReason.NotAllowedInState, refusal.Reason);
        Assert.Equal("文件当前状态为“已批复”，不能“退回”。", refusal.Message);
        Assert.Equal("当前您可以：公开。", refusal.Suggestion);
    }

    [Fact]
    public void Transition_SubmittedDocument_TellsTheClerkToWaitForTheReview()
    {
        var machine = new WorkflowMachine(TimeProvider.System);

        var refusal = machine.Transition(People.Document(DocumentState.Submitted), People.Clerk, Complete(WorkflowAction.Submit)).Refusal!;

        Assert.Equal("文件当前状态为“已提交”，不能“提交”。文件正在审核，请等待审核人员退回或批复。", refusal.ToString());
    }
}
