using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;
using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Domain.Evaluation.Rules;

/// <summary>EVL-08: 总分 and 等级 as declared agree with the computed ones (优 ≥90, 良 ≥80, 中 ≥60, 差 &lt;60); when
/// some row's 分值 was assumed, only the declared 等级 against the declared 总分.</summary>
public sealed class Evl08GradeRule : EvaluationRule
{
    public override string Id => "EVL-08";

    public override string Title => "总分或等级与复核计算不符";

    public override Severity Severity => Severity.Error;

    public override string Source => PolicySources.ProjectEvaluation.Cite("（优≥90、良80–90、中60–80、差<60）");

    public override IEnumerable<Finding> Check(EvaluationContext context)
    {
        var result = context.Result;
        if (result.Counted.Any(r => r.PointsAssumed))
        {
            // The computed total rests on 分值 we assumed (EVL-14): it is no measure of the printed 总分, whose sum EVL-12
            // checks. The printed 等级 is held against the printed 总分 instead.
            if (context.Evaluation.DeclaredGrade is { } printedGrade && context.Evaluation.DeclaredTotal is { } printedTotal
                && GradeExtensions.FromScore(printedTotal) is var byTotal && printedGrade != byTotal)
            {
                yield return Make(context, $"填报等级“{printedGrade.ToChinese()}”与填报总分 {Format(printedTotal)} 对应的等级“{byTotal.ToChinese()}”不符。", "等级按总分确定：优 ≥90，良 ≥80，中 ≥60，差 <60。", field: "自评等级");
            }

            yield break;
        }

        if (context.Evaluation.DeclaredTotal is { } total && context.Differs(total, result.Total))
        {
            yield return Make(context, $"填报总分 {Format(total)}，按公式{(context.IsRecheck ? "复核" : "计算")}为 {Format(result.Total)}，{context.DifferenceText(total, result.Total)}。", $"{result.TotalExplanation}。", field: "总分");
        }

        if (context.Evaluation.DeclaredGrade is { } grade && grade != result.Grade)
        {
            yield return Make(context, $"填报等级“{grade.ToChinese()}”与计算总分 {Format(result.Total)} 对应的等级“{result.Grade.ToChinese()}”不符。", "等级按总分确定：优 ≥90，良 ≥80，中 ≥60，差 <60。", field: "自评等级");
        }
    }
}
