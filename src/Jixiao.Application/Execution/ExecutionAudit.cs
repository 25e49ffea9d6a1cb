using System.Globalization;
using Jixiao.Data.Entities;
using Jixiao.Domain;
using Jixiao.Domain.Goals;
using StoredSelfEvaluation = Jixiao.Data.Entities.SelfEvaluation;

namespace Jixiao.Application.Execution;

/// <summary>
/// The stored execution data, 监控表 and 自评表 of a project as labelled values (the labels of the forms, money in
/// 万元), so a save can be audited field by field with <see cref="Domain.Workflow.Audit.AuditDiff.ForValues"/>:
/// a snapshot before the change, one after, one entry per difference. A record not stored yet is empty.
/// </summary>
internal static class ExecutionAudit
{
    public static List<KeyValuePair<string, string>> Of(ProjectExecution? e) => e is null ? [] :
    [
        new("年初预算数（万元）", Wan(e.InitialBudgetFen)),
        new("调整后预算数（万元）", Wan(e.AdjustedBudgetFen)),
        .. e.SpendingEntries.OrderBy(s => s.AsOf).Select(s => Pair($"累计执行数（万元，截至{s.AsOf:yyyy-MM-dd}）", Wan(s.SpentFen))),
    ];

    /// <summary>Fields carry the period ("1–6月.指标[3].完成目标可能性"): a project has one 监控表 per month.</summary>
    public static List<KeyValuePair<string, string>> Of(MonitoringRecord? m, int month)
    {
        if (m is null)
        {
            return [];
        }

        var p = $"1–{month}月.";
        return
        [
            new(p + "年初预算数（万元）", Wan(m.InitialBudgetFen)),
            new(p + "调整后预算数（万元）", Wan(m.AdjustedBudgetFen)),
            new(p + "执行数（万元）", Wan(m.SpentFen)),
            new(p + "全年预计执行数（万元）", Wan(m.ExpectedAnnualFen)),
            new(p + "实际完成情况", m.GoalProgress),
            new(p + "纠偏措施", m.CorrectiveAction),
            .. m.Indicators.OrderBy(i => i.Row).SelectMany(i => new[]
            {
                Pair($"{p}指标[{i.Row}].完成值", i.Actual),
                Pair($"{p}指标[{i.Row}].全年预计完成情况", i.ExpectedAnnual),
                Pair($"{p}指标[{i.Row}].完成目标可能性", i.Possibility),
                Pair($"{p}指标[{i.Row}].偏差原因类别", i.DeviationCategory),
                Pair($"{p}指标[{i.Row}].偏差原因分析", i.DeviationReason),
                Pair($"{p}指标[{i.Row}].拟采取的措施", i.Measures),
                Pair($"{p}指标[{i.Row}].备注", i.Remark),
            }),
        ];
    }

    /// <summary>The computed score and grade are stored too, so their changes are listed with the input's.</summary>
    public static List<KeyValuePair<string, string>> Of(StoredSelfEvaluation? s) => s is null ? [] :
    [
        new("年初预算数（万元）", Wan(s.InitialBudgetFen)),
        new("全年预算数（A，万元）", Wan(s.AnnualBudgetFen)),
        new("全年执行数（B，万元）", Wan(s.SpentFen)),
        new("执行率偏低的原因", s.BudgetReason),
        new("实际完成情况", s.ActualOutcome),
        .. s.Indicators.OrderBy(i => i.Row).SelectMany(i => new[]
        {
            Pair($"指标[{i.Row}].实际完成值", i.Actual),
            Pair($"指标[{i.Row}].分值", Number(i.Points)),
            Pair($"指标[{i.Row}].得分", Number(i.DeclaredScore)),
            Pair($"指标[{i.Row}].偏差原因分析及改进措施", i.DeviationReason),
            Pair($"指标[{i.Row}].不适用", i.NotApplicable ? "是" : string.Empty),
        }),
        new("预算执行率得分", Number(s.ExecutionScore)),
        new("总分", Number(s.TotalScore)),
        new("等级", s.Grade.ToChinese()),
    ];

    private static KeyValuePair<string, string> Pair(string field, string value) => new(field, value);

    private static string Wan(long? fen) => fen is { } f ? new Money(f).ToWanYuanString() : string.Empty;

    private static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;
}
