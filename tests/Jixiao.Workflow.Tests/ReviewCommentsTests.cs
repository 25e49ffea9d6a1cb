using Jixiao.Domain.Review;
using Jixiao.Domain.Workflow;

namespace Jixiao.Workflow.Tests;

public class ReviewCommentsTests
{
    private const string Code = "13068222P00675410002L";
    private readonly ManualClock _clock = ManualClock.StartingAt(2, 0);

    private static WorkflowDocument Submitted => People.Document(DocumentState.Submitted);

    private static WorkflowDocument Returned => People.Document(DocumentState.Returned);

    [Fact]
    public void Thread_ReviewerCommentsOnACell_UnitReplies_ReviewerResolves()
    {
        var comments = new ReviewComments(_clock);
        var cell = CommentTarget.Cell(Code, "指标值", 3);

        var added = comments.Add(Submitted, People.Reviewer, cell, "满意度不宜定为100%，请按上年调查结果确定");
        _clock.Advance(TimeSpan.FromHours(1));
        var replied = comments.Reply(Returned, People.Clerk, added.Comment!.Id, "已改为≥95%");
        _clock.Advance(TimeSpan.FromHours(1));
        var resolved = comments.Resolve(Submitted, People.Reviewer, added.Comment.Id);

        Assert.True(added.IsAllowed && replied.IsAllowed && resolved.IsAllowed);
        var comment = resolved.Comment!;
        Assert.Equal("项目 13068222P00675410002L 第3行指标“指标值”", comment.Target.ToString());
        Assert.Equal(("张敏", WorkflowRole.UnitEditor, "已改为≥95%"), (comment.Replies[0].Author, comment.Replies[0].Role, comment.Replies[0].Text));
        Assert.True(comment.IsResolved);
        Assert.Equal(("李审", _clock.GetUtcNow()), (comment.ResolvedBy, comment.ResolvedAt!.Value));
        Assert.Equal(0, comments.OpenCount);
        Assert.Same(comment, comments.All.Single());
    }

    [Fact]
    public void At_ShowsEachCommentWhereItApplies()
    {
        var comments = new ReviewComments(_clock);
        comments.Add(Submitted, People.Reviewer, CommentTarget.Document, "部门整体目标过于笼统");
        comments.Add(Submitted, People.Reviewer, CommentTarget.Project(Code), "资金用途与项目名称相同");
        comments.Add(Submitted, People.Reviewer, CommentTarget.Cell(Code, "指标值", 3), "请量化");
        comments.Add(Submitted, People.Reviewer, CommentTarget.Cell(Code, "预算数"), "与一体化系统不一致");
        comments.Add(Submitted, People.Reviewer, CommentTarget.Cell("13068222P006751100010", "指标值", 3), "另一个项目");

        Assert.Equal(["部门整体目标过于笼统"], comments.At(CommentTarget.Document).Select(c => c.Text));
        Assert.Equal(["资金用途与项目名称相同", "请量化", "与一体化系统不一致"], comments.At(CommentTarget.Project(Code)).Select(c => c.Text));
        Assert.Equal(["请量化"], comments.At(CommentTarget.Cell(Code, "指标值", 3)).Select(c => c.Text));
        Assert.Equal([1, 2, 3, 4, 5], comments.All.Select(c => c.Id));
        Assert.Equal(5, comments.OpenCount);
    }

    [Fact]
    public void Add_ByTheUnit_IsRefused_TheUnitRepliesInstead()
    {
        var comments = new ReviewComments(_clock);

        var outcome = comments.Add(Submitted, People.Clerk, CommentTarget.Document, "我们认为没问题");

        Assert.False(outcome.IsAllowed);
        Assert.Equal("单位可以在已有的审核意见下回复。", outcome.Refusal!.Suggestion);
        Assert.Empty(comments.All);
    }

    [Theory]
    [InlineData(DocumentState.Draft)]
    [InlineData(DocumentState.Returned)]
    [InlineData(DocumentState.Approved)]
    [InlineData(DocumentState.Published)]
    [InlineData(DocumentState.Amending)]
    public void Add_OutsideTheReview_IsRefused(DocumentState state)
    {
        var outcome = new ReviewComments(_clock).Add(People.Document(state), People.Reviewer, CommentTarget.Document, "意见");

        Assert.Equal(RefusalReason.NotAllowedInState, outcome.Refusal!.Reason);
    }

    [Fact]
    public void Resolve_ByTheUnit_IsRefusedAndTheCommentStaysOpen()
    {
        var comments = new ReviewComments(_clock);
        var id = comments.Add(Submitted, People.Reviewer, CommentTarget.Project(Code), "请补充成本指标").Comment!.Id;

        var outcome = comments.Resolve(Returned, People.Clerk, id);

        Assert.Equal(RefusalReason.RoleNotAllowed, outcome.Refusal!.Reason);
        Assert.Equal(1, comments.OpenCount);
    }

    [Fact]
    public void Reply_AfterApproval_IsRefused()
    {
        var comments = new ReviewComments(_clock);
        var id = comments.Add(Submitted, People.Reviewer, CommentTarget.Project(Code), "请补充").Comment!.Id;

        var outcome = comments.Reply(People.Document(DocumentState.Approved), People.Clerk, id, "补充了");

        Assert.Equal("文件当前状态为“已批复”，审核意见已不能回复。", outcome.Refusal!.Message);
        Assert.Empty(comments.All.Single().Replies);
    }

    [Fact]
    public void Reply_ByAClerkOfAnotherDepartment_IsOutOfScope()
    {
        var comments = new ReviewComments(_clock);
        var id = comments.Add(Submitted, People.Reviewer, CommentTarget.Document, "请补充").Comment!.Id;

        Assert.Equal(RefusalReason.OutOfScope, comments.Reply(Returned, People.OtherUnitClerk, id, "无关").Refusal!.Reason);
    }

    [Fact]
    public void ReplyAndResolve_UnknownOrEmpty_AreRefused()
    {
        var comments = new ReviewComments(_clock);
        var id = comments.Add(Submitted, People.Reviewer, CommentTarget.Document, "请补充").Comment!.Id;

        Assert.Equal("找不到编号为 99 的审核意见。", comments.Resolve(Submitted, People.Reviewer, 99).Refusal!.Message);
        Assert.Equal(RefusalReason.CommentRequired, comments.Reply(Returned, People.Clerk, id, " ").Refusal!.Reason);
        Assert.Equal(RefusalReason.CommentRequired, comments.Add(Submitted, People.Reviewer, CommentTarget.Document, "").Refusal!.Reason);
    }

    [Fact]
    public void Reopen_AfterResolve_CountsAsOpenAgain()
    {
        var comments = new ReviewComments(_clock);
        var id = comments.Add(Submitted, People.Reviewer, CommentTarget.Document, "请补充").Comment!.Id;
        comments.Resolve(Submitted, People.Reviewer, id);

        var reopened = comments.Reopen(Submitted, People.Reviewer, id).Comment!;

        Assert.False(reopened.IsResolved);
        Assert.Null(reopened.ResolvedBy);
        Assert.Equal(1, comments.OpenCount);
    }

    [Fact]
    public void Existing_CommentsLoadedFromStorage_ContinueNumbering()
    {
        var comments = new ReviewComments(_clock);
        comments.Add(Submitted, People.Reviewer, CommentTarget.Document, "第一条");
        var reloaded = new ReviewComments(_clock, comments.All);

        Assert.Equal(2, reloaded.Add(Submitted, People.Reviewer, CommentTarget.Document, "第二条").Comment!.Id);
    }

    [Fact]
    public void Target_OfAFindingOfTheAutomaticReview_PointsAtTheSameCell()
    {
        var finding = new Finding
        {
            RuleId = "VAL-11",
            Severity = Severity.Warning,
            ProjectCode = Code,
            IndicatorRow = 9,
            Field = "指标值",
            Message = "满意度指标值为100%",
        };

        Assert.Equal(CommentTarget.Cell(Code, "指标值", 9), CommentTarget.Of(finding));
        Assert.Equal(CommentTarget.Project(Code), CommentTarget.Of(finding with { Field = null, IndicatorRow = null }));
        Assert.Equal(CommentTarget.Document, CommentTarget.Of(finding with { ProjectCode = null }));
    }

    [Fact]
    public void Target_CellWithoutField_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => CommentTarget.Cell(Code, " ", 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CommentTarget.Cell(Code, "指标值", 0));
    }
}
