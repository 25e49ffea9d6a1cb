using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;
using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Domain.Evaluation.Rules;

/// <summary>EVL-11 (re-check): every row, and the budget line, that could not be recomputed keeps the evaluator's
/// 得分 and is listed as 不可复核 with the reason; a kept row without any 得分 counts 0 and is a warning.</summary>
public sealed class Evl11NotRecheckableRule : EvaluationRule
{
    public override string Id => "EVL-11";

    public override string Title => "无法复核计算的得分";

    public override Severity Severity => Severity.Info;

    public override string Source => PolicySources.ProjectEvaluation.Cite("（财政部门对单位自评结果抽查复核）");

    public override IEnumerable<Finding> Check(EvaluationContext context)
    {
        if (!context.IsRecheck)
        {
            yield break;
        }

        var budget = context.Result.Budget;
        if (budget.Kept)
        {
            var none = context.Evaluation.Budget.DeclaredScore is null;
            yield return Make(context, $"预算执行{budget.Explanation}。", "核对年度资金总额的全年预算数和全年执行数。", field: "得分", severity: none ? Severity.Warning : Severity.Info);
        }

        foreach (var row in context.Result.Indicators.Where(r => r.Method == ScoringMethod.Kept))
        {
            var none = row.Indicator.DeclaredScore is null;
            var what = none ? "评价人未填得分，按 0.00 计入复核总分" : $"保留评价人得分 {Format(row.Score)}";
            yield return Make(context, $"{RowName(row)}不可复核：{row.NotRecheckableReason}；{what}。",
                none ? "补填得分，或说明本行不计分的原因。" : "复核人核对佐证材料后确认该得分。", row.Row, "得分", none ? Severity.Warning : Severity.Info);
        }
    }
}
