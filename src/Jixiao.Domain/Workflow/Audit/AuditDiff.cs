using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Workflow.Audit;

/// <summary>
/// Turns a change into audit drafts (to be sealed by <see cref="AuditChain.AppendAll"/>): a saved project becomes one
/// entry per changed field with old and new value (added and removed indicator rows field by field, so nothing of
/// them is lost); a workflow transition becomes one entry for the state.
/// </summary>
public static class AuditDiff
{
    public const string ProjectEntity = "预算项目";
    public const string DocumentEntity = "部门预算绩效文本";
    public const string EditAction = "修改";
    public const string CreateAction = "新增";

    /// <summary>The field of the one entry that records a new project.</summary>
    public const string NewProjectField = "项目";
    public const string StateField = "状态";
    public const string UserEntity = "用户";
    public const string LoginAction = "登录";
    public const string FailedLoginAction = "登录失败";
    public const string ImportAction = "导入";

    /// <summary>A project's 执行数 and budgets, its payments included (keyed like the project: year/code).</summary>
    public const string ExecutionEntity = "执行数据";

    /// <summary>A project's 监控表 of one month (keyed like the project; the month is in the field).</summary>
    public const string MonitoringEntity = "绩效监控";

    /// <summary>A project's 自评表 (keyed like the project).</summary>
    public const string SelfEvaluationEntity = "绩效自评";

    /// <summary>One payment file as a whole (keyed by its file name).</summary>
    public const string PaymentFileEntity = "支付记录文件";

    /// <summary>A region's 监控方案 and scoring profile (keyed by the region code).</summary>
    public const string RegionEntity = "区划设置";

    /// <summary>The bureau's curation of one indicator of a region's library (keyed "区划代码/指标", "全国/指标" for
    /// the national base).</summary>
    public const string LibraryEntity = "指标库";

    /// <summary>The record types keyed like a project, so a document's view shows them with its projects.</summary>
    public static IReadOnlyList<string> ProjectEntities { get; } = [ProjectEntity, ExecutionEntity, MonitoringEntity, SelfEvaluationEntity];

    public static IReadOnlyList<AuditLogEntry> ForProject(BudgetProject before, BudgetProject after, AuditSource source)
    {
        var entityId = after.ProjectCode.Length > 0 ? after.ProjectCode : before.ProjectCode;
        return
        [
            .. DocumentComparer.ProjectDifferences(before, after, path: string.Empty, includeAddedRows: true)
                .Select(d => Draft(source, EditAction, ProjectEntity, entityId, d.Path, d.Before, d.After)),
        ];
    }

    /// <summary>A new project: one entry naming it with its size. Its content is stored as version 1 and stays
    /// readable there; an entry per filled field (≈ 120 for a typical table) made a 100,000-project import write
    /// 12 million audit rows. Later changes are recorded field by field (<see cref="ForProject"/>).</summary>
    public static IReadOnlyList<AuditLogEntry> ForNewProject(BudgetProject created, AuditSource source) =>
    [
        Draft(source, CreateAction, ProjectEntity, created.ProjectCode, NewProjectField, string.Empty,
            $"{created.ProjectName}；预算数 {created.Budget} 万元；绩效目标 {created.Goals.Count} 条；指标 {created.Indicators.Count} 行（内容见第 1 版）"),
    ];

    /// <summary>One entry per field whose value differs between two labelled snapshots of a record (fields only in
    /// one of them count as empty in the other), in the order of <paramref name="after"/> and then the removed ones.</summary>
    public static IReadOnlyList<AuditLogEntry> ForValues(AuditSource source, string action, string entityType, string entityId,
        IReadOnlyList<KeyValuePair<string, string>> before, IReadOnlyList<KeyValuePair<string, string>> after)
    {
        var old = before.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var now = after.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        return
        [
            .. after.Where(kv => old.GetValueOrDefault(kv.Key, string.Empty) != kv.Value)
                .Select(kv => Draft(source, action, entityType, entityId, kv.Key, old.GetValueOrDefault(kv.Key, string.Empty), kv.Value)),
            .. before.Where(kv => !now.ContainsKey(kv.Key) && kv.Value.Length > 0)
                .Select(kv => Draft(source, action, entityType, entityId, kv.Key, kv.Value, string.Empty)),
        ];
    }

    public static AuditLogEntry ForTransition(WorkflowEvent transition, string documentId, string ipAddress)
    {
        var grade = transition.Grade is { } g ? $"（{g.ToChinese()}）" : string.Empty;
        var comment = transition.Comment.Length == 0 ? string.Empty : "：" + transition.Comment;
        return Draft(
            new AuditSource(transition.UserName, transition.Role.ToChinese(), ipAddress, transition.At),
            transition.Action.ToChinese(),
            DocumentEntity,
            documentId,
            StateField,
            transition.From.ToChinese(),
            transition.To.ToChinese() + grade + comment);
    }

    /// <summary>A sign-in attempt; failed ones are logged too (user name as typed), so guessing shows up.</summary>
    public static AuditLogEntry ForLogin(string user, string ipAddress, DateTimeOffset at, bool succeeded) =>
        Draft(new AuditSource(user, string.Empty, ipAddress, at), succeeded ? LoginAction : FailedLoginAction, UserEntity, user);

    public static AuditLogEntry Draft(AuditSource source, string action, string entityType, string entityId,
        string field = "", string oldValue = "", string newValue = "") => new()
        {
            At = source.At,
            User = source.User,
            Role = source.Role,
            IpAddress = source.IpAddress,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Field = field,
            OldValue = oldValue,
            NewValue = newValue,
        };
}
