namespace Jixiao.Domain.Workflow;

/// <summary>The Chinese names of states, roles and actions, as the UI and the audit trail show them.</summary>
public static class WorkflowNames
{
    public static string ToChinese(this DocumentState state) => state switch
    {
        DocumentState.Draft => "草稿",
        DocumentState.Submitted => "已提交",
        DocumentState.Returned => "已退回",
        DocumentState.Approved => "已批复",
        DocumentState.Published => "已公开",
        _ => "调整中",
    };

    public static string ToChinese(this WorkflowRole role) => role switch
    {
        WorkflowRole.UnitEditor => "单位填报",
        WorkflowRole.Reviewer => "审核",
        _ => "管理员",
    };

    public static string ToChinese(this WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => "提交",
        WorkflowAction.Return => "退回",
        WorkflowAction.Approve => "批复",
        WorkflowAction.Publish => "公开",
        WorkflowAction.Unpublish => "撤销公开",
        _ => "发起调整",
    };
}
