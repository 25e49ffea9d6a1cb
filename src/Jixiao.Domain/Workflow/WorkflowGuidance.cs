namespace Jixiao.Domain.Workflow;

/// <summary>
/// What the workflow page tells people: who must act next in a state (read from the <see cref="TransitionTable"/>,
/// so it follows the table when the table changes) and what an irreversible act will do, asked before it is done.
/// </summary>
public static class WorkflowGuidance
{
    /// <summary>Acts that move a document forward; 撤销公开 and 发起调整 are exceptions, not the next step.</summary>
    private static readonly HashSet<WorkflowAction> Forward = [WorkflowAction.Submit, WorkflowAction.Return, WorkflowAction.Approve, WorkflowAction.Publish];

    /// <summary>"待 审核人员 批复或退回", or "流程已完成" when no forward act is left.</summary>
    public static string WaitingFor(DocumentState state, TransitionTable table)
    {
        var rules = table.Rules.Where(r => r.From == state && Forward.Contains(r.Action)).ToList();
        if (rules.Count == 0)
        {
            return "流程已完成，无需操作";
        }

        var roles = rules.SelectMany(r => r.Roles).Distinct().Order().Select(PersonOf);
        var actions = rules.Select(r => r.Action).Distinct().OrderByDescending(a => a == WorkflowAction.Approve).Select(a => a.ToChinese());
        return $"待 {string.Join("或", roles)} {string.Join("或", actions)}";
    }

    /// <summary>The question asked before an act that locks or publishes, or null when the act needs none.</summary>
    public static string? Confirmation(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => "提交后内容锁定，单位不能再修改，文本交由审核人员批复或退回。确定提交吗？",
        WorkflowAction.Approve => "批复后文本定稿：内容锁定，所选等级记入审计日志，以后只能通过“发起调整”修改。确定批复吗？",
        WorkflowAction.Publish => "公开后任何人都能在公开页面看到这份绩效文本（不需登录）。确定公开吗？",
        _ => null,
    };

    /// <summary>The people of a role, as the workflow page names them.</summary>
    public static string PersonOf(WorkflowRole role) => role switch
    {
        WorkflowRole.UnitEditor => "单位填报人员",
        WorkflowRole.Reviewer => "审核人员",
        _ => "管理员",
    };
}
