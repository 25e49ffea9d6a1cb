using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Monitoring.Rules;

/// <summary>MON-01: spending against elapsed time (r = 执行率 ÷ (m/12) × 100) and against the project's own
/// 资金支出计划; a yellow or red light is a warning, spending behind plan while still green is noted.</summary>
public sealed class Mon01BudgetProgressRule : MonitoringRule
{
    public override string Id => "MON-01";

    public override string Title => "预算执行进度偏离";

    public override Severity Severity => Severity.Warning;

    public override string Source => PolicySources.Monitoring.Cite("（预算执行进度预警，对照项目资金支出计划）");

    public override IEnumerable<Finding> Check(MonitoringAssessment assessment)
    {
        var a = assessment;
        if (a.BudgetLight is Light.Yellow or Light.Red)
        {
            yield return Make(a, $"预算执行进度亮{a.BudgetLight.ToChinese()}：{a.BudgetExplanation}。", "分析支出滞后原因，加快支出进度；无法按期支出的资金应及时调整预算。", field: "执行率");
        }

        if (a.PlanLight is Light.Yellow or Light.Red)
        {
            yield return Make(a, $"对照资金支出计划亮{a.PlanLight.ToChinese()}：{a.PlanExplanation}。", "按资金支出计划加快支出，或按程序调整支出计划。", field: "资金支出计划");
        }
        else if (a.PlannedPercent is { } planned && a.ExecutionRate is { } rate && rate * 100m < planned)
        {
            yield return Make(a, $"支出进度落后于本项目资金支出计划：{a.PlanExplanation}。", "关注后续支出，确保达到下一个计划节点。", field: "资金支出计划", severity: Severity.Info);
        }
    }
}
