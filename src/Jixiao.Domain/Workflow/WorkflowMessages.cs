namespace Jixiao.Domain.Workflow;

/// <summary>Every refusal text of the workflow in one place, so the wording stays consistent.</summary>
internal static class WorkflowMessages
{
    public static WorkflowRefusal RoleNotAllowed(WorkflowAction action, WorkflowRole role, IEnumerable<WorkflowRole> allowed) => new(
        RefusalReason.RoleNotAllowed,
        $"“{action.ToChinese()}”只能由{string.Join("或", allowed.Select(r => $"“{r.ToChinese()}”"))}角色操作，您的角色是“{role.ToChinese()}”。",
        SuggestionFor(action));

    public static WorkflowRefusal OutOfScope(WorkflowActor actor, WorkflowDocument document) => new(
        RefusalReason.OutOfScope,
        actor.Role == WorkflowRole.Reviewer
            ? $"该文件属于区划 {document.RegionCode}，不在您负责审核的区划 {actor.RegionCode} 之内。"
            : $"该文件属于区划 {document.RegionCode} 部门 {document.DepartmentCode}，您只能操作本单位（{string.Join("、", actor.UnitCodes)}）的文件。",
        "如需处理该文件，请联系管理员为您分配权限。");

    public static WorkflowRefusal NotAllowedInState(WorkflowAction action, DocumentState state, IReadOnlyList<WorkflowAction> available) => new(
        RefusalReason.NotAllowedInState,
        $"文件当前状态为“{state.ToChinese()}”，不能“{action.ToChinese()}”。",
        available.Count > 0
            ? $"当前您可以：{string.Join("、", available.Select(a => a.ToChinese()))}。"
            : WaitingHint(state));

    public static WorkflowRefusal EditLocked(DocumentState state, WorkflowRole role) => new(
        RefusalReason.NotAllowedInState,
        role == WorkflowRole.UnitEditor
            ? $"文件当前状态为“{state.ToChinese()}”，不能修改。"
            : $"“{role.ToChinese()}”角色不能修改单位填报的内容。",
        role == WorkflowRole.UnitEditor ? EditHint(state) : "如有修改意见，请在对应的项目或单元格上添加审核意见并退回。");

    public static WorkflowRefusal CommentRequired(WorkflowAction action) => new(
        RefusalReason.CommentRequired,
        $"“{action.ToChinese()}”必须填写意见。",
        action switch
        {
            WorkflowAction.Return => "请写明需要修改的内容，或在项目、单元格上添加审核意见。",
            WorkflowAction.StartAmendment => "请写明调整的原因（如预算调整、政策变化），调整须按程序报审。",
            _ => "请写明撤销公开的原因。",
        });

    public static WorkflowRefusal GradeRequired() => new(
        RefusalReason.GradeRequired,
        "批复时必须给出审核等级（优、良、中、差）。",
        "请按完整性、相关性、适当性、可行性评定等级后再批复。");

    public static WorkflowRefusal GradeForbidsApproval(Grade grade) => new(
        RefusalReason.GradeForbidsApproval,
        $"审核等级为“{grade.ToChinese()}”，不能批复。{grade.ReviewConsequence()}",
        "请选择“退回”，写明修改意见，由单位修改后重新提交。");

    public static WorkflowRefusal BlockingFindings(int count) => new(
        RefusalReason.BlockingFindings,
        $"自动审核还有 {count} 个错误未解决，不能批复。",
        "请退回单位修改，或在单位修改后重新运行自动审核。");

    public static WorkflowRefusal OpenComments(int count) => new(
        RefusalReason.OpenComments,
        $"还有 {count} 条审核意见未解决，不能批复。",
        "请确认单位已按意见修改并将意见标记为已解决，或退回单位继续修改。");

    private static string SuggestionFor(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit or WorkflowAction.StartAmendment => "请由本单位的填报人员操作。",
        WorkflowAction.Unpublish => "如需撤销公开，请联系管理员。",
        _ => "请由负责该区划的审核人员操作。",
    };

    private static string WaitingHint(DocumentState state) => state switch
    {
        DocumentState.Submitted => "文件正在审核，请等待审核人员退回或批复。",
        DocumentState.Approved => "文件已批复：可以公开；如需修改，须由单位发起调整。",
        DocumentState.Published => "文件已公开；如需修改，须由单位发起调整。",
        _ => "文件正在由单位编制，请等待单位提交。",
    };

    private static string EditHint(DocumentState state) => state switch
    {
        DocumentState.Submitted => "文件已提交审核，审核人员退回后才能修改。",
        _ => "已批复的文件只能通过“发起调整”修改，批复版本保留可查。",
    };
}
