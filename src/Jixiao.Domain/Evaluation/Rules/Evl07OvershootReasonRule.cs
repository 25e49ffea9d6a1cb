using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;
using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Domain.Evaluation.Rules;

/// <summary>EVL-07: an actual at or above 130% of a 正向/等于 target needs a reason: the target was probably set too low.</summary>
public sealed class Evl07OvershootReasonRule : EvaluationRule
{
    public override string Id => "EVL-07";

    public override string Title => "大幅超额完成未说明原因";

    public override Severity Severity => Severity.Warning;

    public override string Source => PolicySources.ProjectEvaluation.Cite("项目支出绩效自评表（超额完成须说明原因；比例由本地区评分方案设定）");

    public override IEnumerable<Finding> Check(EvaluationContext context)
    {
        var limit = context.Profile.OvershootReasonPercent;
        foreach (var row in context.Result.Indicators)
        {
            var target = row.Indicator.Target;
            // A range has its own ceiling and a deadline is met or not: neither can be overshot.
            if (row.ActualNumber is not { } actual || !target.IsQuantitative || target.Comparator.IsLowerBetter() || target.IsRange || target.IsDate
                || target.Number is not > 0 || row.Indicator.DeviationReason.Trim().Length > 0)
            {
                continue;
            }

            var percent = actual * 100m / target.Number.Value;
            if (percent >= limit)
            {
                yield return Make(context, $"{RowName(row)}实际完成 {Number(actual)}，为年度指标值 {Number(target.Number.Value)} 的 {Format(percent)}%（≥{Number(limit)}%），未说明原因。", "说明超额完成的原因；如属指标值设定偏低，请在下一年度据实提高。", row.Row, "偏差原因分析及改进措施");
            }
        }
    }
}
