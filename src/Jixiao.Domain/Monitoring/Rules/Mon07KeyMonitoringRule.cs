using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;
using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Domain.Monitoring.Rules;

/// <summary>MON-07: large projects far behind late in the year are candidates for key monitoring (太原: ≥200万 and
/// &lt;60% by the end of August; profile-configurable).</summary>
public sealed class Mon07KeyMonitoringRule : MonitoringRule
{
    public override string Id => "MON-07";

    public override string Title => "建议列为重点监控项目";

    public override Severity Severity => Severity.Info;

    public override string Source => PolicySources.Monitoring.Cite("（重点项目绩效运行监控）");

    public override IEnumerable<Finding> Check(MonitoringAssessment assessment)
    {
        var a = assessment;
        if (a.Profile.KeyMonitoring is not { } rule || a.ExecutionRate is not { } rate || a.Report.Month < rule.FromMonth)
        {
            yield break;
        }

        if (a.Report.Budget.WanYuan >= rule.MinBudgetWanYuan && rate * 100m < rule.MaxExecutionPercent)
        {
            yield return Make(a, $"预算 {a.Report.Budget.ToWanYuanString()} 万元（≥{Number(rule.MinBudgetWanYuan)} 万元），截至 {a.Report.Month}月底执行率 {Percent(rate)}（<{Number(rule.MaxExecutionPercent)}%），列为重点监控候选项目。", "财政部门可将其纳入重点监控，必要时调减预算。", field: "执行率");
        }
    }
}
