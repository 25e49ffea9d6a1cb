using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Evaluation.Rules;

/// <summary>EVL-06: a row that missed its target (below a 正向 target, above a 反向 limit, not 达成) must explain why
/// and what will be done, in 偏差原因分析及改进措施.</summary>
public sealed class Evl06ShortfallReasonRule : EvaluationRule
{
    public override string Id => "EVL-06";

    public override string Title => "未完成指标未说明原因";

    public override Severity Severity => Severity.Error;

    public override string Source => PolicySources.ProjectEvaluation.Cite("项目支出绩效自评表“偏差原因分析及改进措施”栏");

    public override IEnumerable<Finding> Check(EvaluationContext context)
    {
        foreach (var row in context.Result.Indicators.Where(r => r.IsShortfall && r.Indicator.DeviationReason.Trim().Length == 0))
        {
            var what = row.Method == ScoringMethod.Qualitative
                ? $"评为“{row.Band?.Name}”"
                : $"实际完成值 {row.Indicator.Actual.Trim()} 未达到年度指标值 {row.Indicator.Target.Text.Trim()}";
            yield return Make(context, $"{RowName(row)}{what}，但“偏差原因分析及改进措施”为空。", "写明未完成的原因（经费、制度、人员、条件等）和下一步改进措施。", row.Row, "偏差原因分析及改进措施");
        }
    }
}
