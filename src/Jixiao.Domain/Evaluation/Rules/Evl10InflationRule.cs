using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;
using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Domain.Evaluation.Rules;

/// <summary>EVL-10: every indicator at full marks while the money was not all spent suggests inflated scoring
/// (the MoF notice forbids 自评打高分).</summary>
public sealed class Evl10InflationRule : EvaluationRule
{
    public override string Id => "EVL-10";

    public override string Title => "疑似评分虚高";

    public override Severity Severity => Severity.Warning;

    public override string Source => PolicySources.SelfEvaluationNotice.Cite("（不得刻意抬高分数）");

    public override IEnumerable<Finding> Check(EvaluationContext context)
    {
        var result = context.Result;
        if (result.Budget.ExecutionRate is not { } rate || rate >= 1)
        {
            yield break;
        }

        var scored = result.Counted.Where(r => r.Method != ScoringMethod.NotApplicable).ToList();
        var allFull = scored.Count > 0 && scored.All(r => r.IsFull && (r.Indicator.DeclaredScore is null || r.Indicator.DeclaredScore >= Round(r.Points)));
        if (allFull || context.Evaluation.DeclaredTotal >= 100m)
        {
            yield return Make(context, $"预算执行率仅 {Percent(rate)}，但全部绩效指标均为满分（指标得分 {Format(scored.Sum(r => r.Score))}），存在自评打高分的嫌疑。", "逐项核实实际完成值与佐证材料；资金未执行完的，说明对产出和效益的影响并如实扣分。", field: "得分");
        }
    }
}
