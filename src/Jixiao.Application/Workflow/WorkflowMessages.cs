using Jixiao.Domain;
using Jixiao.Domain.Workflow;

namespace Jixiao.Application.Workflow;

/// <summary>What users read about the review workflow: outcomes of transitions, comments and carry-over, and the
/// audit labels of comments. The refusals of the workflow itself are the domain's (<see cref="WorkflowRefusal"/>).</summary>
public static class WorkflowMessages
{
    /// <summary>The audit entity of reviewer comments.</summary>
    public const string CommentEntity = "审核意见";

    public const string AddVerb = "添加";

    public const string ReplyVerb = "回复";

    public const string ResolveVerb = "解决";

    public const string ReopenVerb = "重新打开";

    /// <summary>The audit action of a carried-over draft.</summary>
    public const string CarryOverAction = "延续";

    public const string DocumentNotFound = "文件不存在。";

    public const string NotYours = "您无权处理该文件。";

    public const string ChangedMeanwhile = "文件状态刚被他人更改，本次操作未执行。请刷新页面查看当前状态后重试。";

    public const string CarryOverOnlyOwn = "只有本单位的填报人员可以延续项目。";

    public const string CarryOverOnlyApproved = "只有已批复或已公开的文件可以延续到下一年度。";

    public static string Transitioned(WorkflowAction action, DocumentState to, Grade? grade) =>
        $"已{action.ToChinese()}：文件状态为“{to.ToChinese()}”。{(grade is { } decided ? " " + decided.Consequence() : string.Empty)}".TrimEnd();

    public static string CommentChanged(string verb) => $"已{verb}审核意见。";

    public static string CarryOverSource(int fromYear) => $"延续自{fromYear}年";

    public static string NextYearExists(string department, int year) => $"{department}{year}年的文件已经存在，不能再次延续。请直接打开{year}年的文件。";
}
