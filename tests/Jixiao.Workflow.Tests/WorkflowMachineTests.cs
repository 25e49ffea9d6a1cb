using Jixiao.Domain;
using Jixiao.Domain.Workflow;

namespace Jixiao.Workflow.Tests;

public class WorkflowMachineTests
{
    private readonly ManualClock _clock = ManualClock.StartingAt(1, 0);

    private WorkflowMachine Machine => new(_clock);

    private WorkflowDocument Step(WorkflowDocument document, WorkflowActor actor, TransitionRequest request, List<WorkflowEvent> events)
    {
        _clock.Advance(TimeSpan.FromMinutes(10));
        var result = Machine.Transition(document, actor, request);
        Assert.True(result.IsAllowed, result.Refusal?.ToString());
        events.Add(result.Event!);
        return document with { State = result.State };
    }

    [Fact]
    public void Session_SubmitReturnResubmitApprovePublishAndAmend_RecordsEveryStep()
    {
        var events = new List<WorkflowEvent>();
        var doc = People.Document(DocumentState.Draft);
        doc = Step(doc, People.Clerk, new(WorkflowAction.Submit), events);
        doc = Step(doc, People.Reviewer, new(WorkflowAction.Return) { Comment = "满意度不宜定为100%", Grade = Grade.Fair }, events);
        doc = Step(doc, People.Clerk, new(WorkflowAction.Submit) { Comment = "已按意见修改" }, events);
        doc = Step(doc, People.Reviewer, new(WorkflowAction.Approve) { Grade = Grade.Excellent }, events);
        doc = Step(doc, People.Reviewer, new(WorkflowAction.Publish), events);
        doc = Step(doc, People.Clerk, new(WorkflowAction.StartAmendment) { Comment = "年中预算调整，增加办案经费" }, events);
        doc = Step(doc, People.Clerk, new(WorkflowAction.Submit), events);
        doc = Step(doc, People.Reviewer, new(WorkflowAction.Approve) { Grade = Grade.Good }, events);
        doc = Step(doc, People.Admin, new(WorkflowAction.Publish), events);

        Assert.Equal(DocumentState.Published, doc.State);
        Assert.Equal(
            [
                "2026-03-02 09:10 单位填报 张敏 提交：草稿 → 已提交",
                "2026-03-02 09:20 审核 李审 退回：已提交 → 已退回（中），意见：满意度不宜定为100%",
                "2026-03-02 09:30 单位填报 张敏 提交：已退回 → 已提交，意见：已按意见修改",
                "2026-03-02 09:40 审核 李审 批复：已提交 → 已批复（优）",
                "2026-03-02 09:50 审核 李审 公开：已批复 → 已公开",
                "2026-03-02 10:00 单位填报 张敏 发起调整：已公开 → 调整中，意见：年中预算调整，增加办案经费",
                "2026-03-02 10:10 单位填报 张敏 提交：调整中 → 已提交",
                "2026-03-02 10:20 审核 李审 批复：已提交 → 已批复（良）",
                "2026-03-02 10:30 管理员 系统管理员 公开：已批复 → 已公开",
            ],
            events.Select(e => e.ToString()));
    }

    [Fact]
    public void Transition_ClerkOfAnotherDepartment_IsRefusedAsOutOfScope()
    {
        var result = Machine.Transition(People.Document(DocumentState.Draft), People.OtherUnitClerk, new(WorkflowAction.Submit));

        Assert.Equal(RefusalReason.OutOfScope, result.Refusal!.Reason);
        Assert.Equal("该文件属于区划 139102 部门 317，您只能操作本单位（301001）的文件。", result.Refusal.Message);
        Assert.Equal(DocumentState.Draft, result.State);
    }

    [Fact]
    public void Transition_ReviewerOfAnotherCounty_IsRefusedAsOutOfScope()
    {
        var result = Machine.Transition(People.Document(DocumentState.Submitted), People.OtherCountyReviewer, new(WorkflowAction.Approve) { Grade = Grade.Excellent });

        Assert.Equal(RefusalReason.OutOfScope, result.Refusal!.Reason);
        Assert.Contains("139103", result.Refusal.Message, StringComparison.Ordinal);
        Assert.Empty(Machine.AvailableActions(People.Document(DocumentState.Submitted), People.OtherCountyReviewer));
    }

    [Fact]
    public void Transition_CityReviewer_MayDecideOnCountyDocuments()
    {
        var result = Machine.Transition(People.Document(DocumentState.Submitted), People.CityReviewer, new(WorkflowAction.Return) { Comment = "请补充成本指标" });

        Assert.True(result.IsAllowed);
        Assert.True(WorkflowActor.RegionCovers("130000", "130682"));
        Assert.False(WorkflowActor.RegionCovers("130600", "130700"));
    }

    [Theory]
    [InlineData(WorkflowAction.Return)]
    [InlineData(WorkflowAction.StartAmendment)]
    [InlineData(WorkflowAction.Unpublish)]
    public void Transition_WithoutRequiredComment_IsRefusedAndAsksForIt(WorkflowAction action)
    {
        var (state, actor) = action switch
        {
            WorkflowAction.Return => (DocumentState.Submitted, People.Reviewer),
            WorkflowAction.StartAmendment => (DocumentState.Published, People.Clerk),
            _ => (DocumentState.Published, People.Admin),
        };

        var result = Machine.Transition(People.Document(state), actor, new(action) { Comment = "   " });

        Assert.Equal(RefusalReason.CommentRequired, result.Refusal!.Reason);
        Assert.Equal($"“{action.ToChinese()}”必须填写意见。", result.Refusal.Message);
        Assert.False(result.Refusal.IsForbidden);
        Assert.Equal(state, result.State);
    }

    [Fact]
    public void Approve_WithoutGrade_IsRefused()
    {
        var result = Machine.Transition(People.Document(DocumentState.Submitted), People.Reviewer, new(WorkflowAction.Approve));

        Assert.Equal(RefusalReason.GradeRequired, result.Refusal!.Reason);
        Assert.Equal(DocumentState.Submitted, result.State);
    }

    [Theory]
    [InlineData(Grade.Fair, "审核等级为“中”，不能批复。中：预算单位须修改绩效目标并重新报送审核。")]
    [InlineData(Grade.Poor, "审核等级为“差”，不能批复。差：不得进入下一步预算安排流程。")]
    public void Approve_WithGradeFairOrPoor_IsRefusedWithThe88Consequence(Grade grade, string message)
    {
        var result = Machine.Transition(People.Document(DocumentState.Submitted), People.Reviewer, new(WorkflowAction.Approve) { Grade = grade });

        Assert.Equal(RefusalReason.GradeForbidsApproval, result.Refusal!.Reason);
        Assert.Equal(message, result.Refusal.Message);
        Assert.Equal("请选择“退回”，写明修改意见，由单位修改后重新提交。", result.Refusal.Suggestion);
        Assert.Equal(DocumentState.Submitted, result.State);
    }

    [Fact]
    public void Return_WithGradePoor_RecordsTheGrade()
    {
        var result = Machine.Transition(People.Document(DocumentState.Submitted), People.Reviewer,
            new(WorkflowAction.Return) { Comment = "未设置效益指标", Grade = Grade.Poor });

        Assert.Equal(DocumentState.Returned, result.State);
        Assert.Equal(Grade.Poor, result.Event!.Grade);
    }

    [Fact]
    public void Approve_WithErrorFindingsOfTheAutomaticReview_IsRefused()
    {
        var result = Machine.Transition(People.Document(DocumentState.Submitted), People.Reviewer,
            new(WorkflowAction.Approve) { Grade = Grade.Good, BlockingFindings = 3 });

        Assert.Equal(RefusalReason.BlockingFindings, result.Refusal!.Reason);
        Assert.Equal("自动审核还有 3 个错误未解决，不能批复。", result.Refusal.Message);
    }

    [Fact]
    public void Approve_WithUnresolvedComments_IsRefused()
    {
        var result = Machine.Transition(People.Document(DocumentState.Submitted), People.Reviewer,
            new(WorkflowAction.Approve) { Grade = Grade.Excellent, OpenComments = 2 });

        Assert.Equal(RefusalReason.OpenComments, result.Refusal!.Reason);
        Assert.Equal("还有 2 条审核意见未解决，不能批复。", result.Refusal.Message);
    }

    [Theory]
    [InlineData(Grade.Excellent, WorkflowAction.Approve, true)]
    [InlineData(Grade.Good, WorkflowAction.Approve, true)]
    [InlineData(Grade.Fair, WorkflowAction.Return, false)]
    [InlineData(Grade.Poor, WorkflowAction.Return, false)]
    public void GradeDecision_FollowsDocument88(Grade grade, WorkflowAction required, bool approvable)
    {
        Assert.Equal(required, grade.RequiredAction());
        Assert.Equal(approvable, grade.AllowsApproval());
        Assert.StartsWith(grade.ReviewConsequence(), grade.Consequence(), StringComparison.Ordinal);
    }

    public static TheoryData<DocumentState, WorkflowRole, bool> EditCases()
    {
        var editable = new HashSet<DocumentState> { DocumentState.Draft, DocumentState.Returned, DocumentState.Amending };
        var data = new TheoryData<DocumentState, WorkflowRole, bool>();
        foreach (var state in Enum.GetValues<DocumentState>())
        {
            foreach (var role in Enum.GetValues<WorkflowRole>())
            {
                data.Add(state, role, role == WorkflowRole.UnitEditor && editable.Contains(state));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EditCases))]
    public void CanEdit_OnlyTheUnitWhileDraftReturnedOrAmending(DocumentState state, WorkflowRole role, bool expected)
    {
        Assert.Equal(expected, WorkflowMachine.CanEdit(state, role));
        var refusal = Machine.CheckEdit(People.Document(state), People.InRole(role));
        Assert.Equal(expected, refusal is null);
        if (refusal is not null)
        {
            Assert.True(refusal.IsForbidden);
        }
    }

    [Fact]
    public void CheckEdit_ApprovedDocument_PointsToTheAmendment()
    {
        var refusal = Machine.CheckEdit(People.Document(DocumentState.Approved), People.Clerk)!;

        Assert.Equal("文件当前状态为“已批复”，不能修改。已批复的文件只能通过“发起调整”修改，批复版本保留可查。", refusal.ToString());
    }

    [Fact]
    public void CheckEdit_ClerkOfAnotherDepartment_IsOutOfScope()
    {
        Assert.Equal(RefusalReason.OutOfScope, Machine.CheckEdit(People.Document(DocumentState.Draft), People.OtherUnitClerk)!.Reason);
    }
}
