using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Monitoring.Rules;

/// <summary>MON-09: a yellow or red light needs its 偏差原因 — on the indicator row for an indicator, in the project's
/// 偏差原因分析 (or on a row) for the budget. An empty reason next to a warning light is the gap monitoring exists
/// to close.</summary>
public sealed class Mon09LightReasonRule : MonitoringRule
{
    public override string Id => "MON-09";

    public override string Title => "黄灯、红灯未说明偏差原因";

    public override Severity Severity => Severity.Warning;

    public override string Source => PolicySources.Monitoring.Cite("（绩效运行监控：分析偏差原因并及时纠偏）");

    public override IEnumerable<Finding> Check(MonitoringAssessment assessment)
    {
        var a = assessment;
        var report = a.Report;
        var budgetLight = new[] { a.BudgetLight, a.PlanLight }.Worst();
        var anyReason = report.DeviationReason.Trim().Length > 0 || report.Indicators.Any(i => i.DeviationReason.Trim().Length > 0);
        if (budgetLight is Light.Yellow or Light.Red && !anyReason)
        {
            yield return Make(a, $"预算执行亮{budgetLight.ToChinese()}（{a.BudgetExplanation}），但偏差原因为空。", "在“偏差原因分析”中说明支出滞后的原因，并填写拟采取的措施。", field: "偏差原因分析");
        }

        // A row whose 完成目标可能性 already demands a reason is MON-04's.
        foreach (var row in a.Indicators.Where(i => i.Light is Light.Yellow or Light.Red && i.Indicator.DeviationReason.Trim().Length == 0
            && !a.Profile.RequiresReason(i.Indicator.Possibility)))
        {
            yield return Make(a, $"{RowName(row)}亮{row.Light.ToChinese()}，但偏差原因分析为空。", "说明进度滞后的原因（经费、制度、人员、硬件条件或其他）和拟采取的措施。", row.Row, "偏差原因分析");
        }
    }
}
