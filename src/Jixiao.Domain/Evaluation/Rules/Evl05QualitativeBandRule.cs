using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Evaluation.Rules;

/// <summary>EVL-05: a 定性 row names one of the grades and its 得分 lies inside that grade's band.</summary>
public sealed class Evl05QualitativeBandRule : EvaluationRule
{
    public override string Id => "EVL-05";

    public override string Title => "定性指标得分不在所评档次内";

    public override Severity Severity => Severity.Error;

    public override string Source => PolicySources.ProjectEvaluation.Cite("项目支出绩效自评表填报说明（定性指标按 100%–80%、80%–60%、60%–0% 区间给分）");

    public override IEnumerable<Finding> Check(EvaluationContext context)
    {
        var bands = string.Join("；", context.Profile.QualitativeBands.Select(b => $"{b.Name} {b.RangeText}"));
        foreach (var row in context.Result.Indicators.Where(r => r.Indicator.Target.Kind == Goals.TargetKind.Qualitative && r.Problem is not null && r.Block is not null && !r.Indicator.NotApplicable
            && (r.Method != ScoringMethod.Kept || r.Band is not null)
            // A band of an assumed 分值 (EVL-14) says nothing of the printed 得分; a 实际完成值 that is no grade still counts.
            && !(r.PointsAssumed && r.Band is not null && r.Indicator.DeclaredScore is not null)))
        {
            var field = row.Band is null ? "实际完成值" : "得分";
            yield return Make(context, $"{RowName(row)}：{row.Problem}。", $"定性指标的实际完成值选择等级，并在该等级的分值区间内打分：{bands}。", row.Row, field);
        }
    }
}
