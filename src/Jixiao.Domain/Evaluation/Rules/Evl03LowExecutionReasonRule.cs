using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;
using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Domain.Evaluation.Rules;

/// <summary>EVL-03: 执行率 below 90% (profile) needs a reason.</summary>
public sealed class Evl03LowExecutionReasonRule : EvaluationRule
{
    public override string Id => "EVL-03";

    public override string Title => "预算执行率偏低未说明原因";

    public override Severity Severity => Severity.Warning;

    public override string Source => PolicySources.ProjectEvaluation.Cite("项目支出绩效自评表“偏差原因分析及改进措施”栏（预算执行偏低须说明原因）");

    public override IEnumerable<Finding> Check(EvaluationContext context)
    {
        var threshold = context.Profile.ExecutionReasonBelowPercent;
        if (context.Result.Budget.ExecutionRate is { } rate && rate * 100m < threshold && context.Evaluation.Budget.Reason.Trim().Length == 0)
        {
            yield return Make(context, $"预算执行率 {Percent(rate)} 低于 {Number(threshold)}%，但未说明原因。", "在“执行率偏低原因”中说明未支出的原因（如采购延期、结余）及改进措施。", field: "执行率");
        }
    }
}
