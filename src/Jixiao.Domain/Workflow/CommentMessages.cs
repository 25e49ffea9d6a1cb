namespace Jixiao.Domain.Workflow;

/// <summary>Refusal texts of the comment threads.</summary>
internal static class CommentMessages
{
    public static WorkflowRefusal OnlyReviewerComments(DocumentState state) => new(
        RefusalReason.NotAllowedInState,
        $"只有审核人员可以在文件“已提交”审核期间添加审核意见，文件当前状态为“{state.ToChinese()}”。",
        "单位可以在已有的审核意见下回复。");

    public static WorkflowRefusal ReplyClosed(DocumentState state) => new(
        RefusalReason.NotAllowedInState,
        $"文件当前状态为“{state.ToChinese()}”，审核意见已不能回复。",
        "审核期间（已提交、已退回）才能回复；已批复的文件如需修改请发起调整。");

    public static WorkflowRefusal OnlyReviewerResolves() => new(
        RefusalReason.RoleNotAllowed,
        "只有审核人员可以在审核期间将审核意见标记为已解决或重新打开。",
        "单位请在意见下回复说明修改情况，由审核人员确认。");

    public static WorkflowRefusal NotFound(int id) => new(
        RefusalReason.NotFound,
        $"找不到编号为 {id} 的审核意见。",
        "请刷新页面后重试。");

    public static WorkflowRefusal EmptyText() => new(
        RefusalReason.CommentRequired,
        "意见内容不能为空。",
        "请写明问题所在和修改要求。");

    public static WorkflowRefusal TooLong(string what, int length) => new(
        RefusalReason.CommentRequired,
        $"{what}有 {length} 个字符，超过 {Text.FieldLimits.Comment} 个字符的上限。",
        "请精简后再提交，详细材料可作为附件另行报送。");
}
